import MIP

extension BuildContext {
    /// Priority reward: per group, trained teachers at each deficit level (largest first is what the
    /// optimum picks, since rewards fall with the level) ≤ assignments of the group. Each teacher counts once.
    mutating func addPriorityReward() {
        let weight = instance.weights.priority
        priorityReward = PriorityRewardLayout(firstColumn: model.variables.count, firstRow: model.constraints.count)
        guard weight > 0 else { return }
        for (groupIndex, group) in groups.enumerated() {
            let columns = assignmentsByGroup[groupIndex]
            let levels = group.deficitLevels.filter { $0.fraction > 0 }
            guard !columns.isEmpty, !levels.isEmpty else { continue }
            let trained = levels.map { level in
                model.addVariable(
                    "trained_g\(groupIndex)", kind: .continuous, lower: 0, upper: Double(level.count),
                    cost: -weight * level.fraction
                )
            }
            model.addConstraint(
                "trained_g\(groupIndex)",
                trained.map { Term($0) } + columns.map { Term(assignments[$0].variable, -1) }, upper: 0
            )
            priorityReward.groups.append(.init(group: groupIndex, levels: trained.count))
        }
    }
}
