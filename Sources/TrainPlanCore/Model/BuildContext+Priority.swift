import MIP

extension BuildContext {
    /// Priority reward: per group, trained teachers at each deficit level (largest first is what the
    /// optimum picks, since rewards fall with the level) ≤ assignments of the group. Each teacher counts once.
    mutating func addPriorityReward() {
        let columns = assignmentsByGroup
        let assignments = assignments
        priorityReward = model.addPriorityReward(groups: groups, weight: instance.weights.priority) { group in
            columns[group].map { Term(assignments[$0].variable) }
        }
    }
}

extension Model {
    /// The reward's rows and columns, after every other: for each group with a teacher short of hours and
    /// `assigned(group)` not empty, a column per deficit level and the row Σ levels ≤ Σ assigned. A group whose
    /// levels the bound's multipliers all discount to 0 keeps its row, without columns: so the rows are the
    /// same in every round and a round's basis carries over to the next (`PriorityRewardLayout.carrying`).
    /// A row that disappeared while no variable of it was basic left one basic variable too many.
    mutating func addPriorityReward(groups: [TeacherGroup], weight: Double, assigned: (Int) -> [Term]) -> PriorityRewardLayout {
        var layout = PriorityRewardLayout(firstColumn: variables.count, firstRow: constraints.count)
        guard weight > 0 else { return layout }
        for (groupIndex, group) in groups.enumerated() {
            let columns = assigned(groupIndex)
            let levels = group.deficitLevels.filter { $0.fraction > 0 }
            guard !columns.isEmpty, group.earnsReward else { continue }
            let trained = levels.map { level in
                addVariable("trained_g\(groupIndex)", kind: .continuous, lower: 0, upper: Double(level.count), cost: -weight * level.fraction)
            }
            addConstraint("trained_g\(groupIndex)", trained.map { Term($0) } + columns.map { Term($0.variable, -$0.coefficient) }, upper: 0)
            layout.groups.append(.init(group: groupIndex, levels: trained.count))
        }
        return layout
    }
}
