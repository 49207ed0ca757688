import MIP

extension BuildContext {
    func exclusivityClass(_ programme: Int) -> String { instance.exclusivityClass(programme) }

    /// H2: Σ over cohorts of a class ≤ group size (one row per group and class covers both parts of H2). Skipped when the column bounds already imply it.
    mutating func addOneCohortPerProgrammeRows() {
        for (groupIndex, group) in groups.enumerated() {
            var byClass: [String: [Int]] = [:]
            var order: [String] = []
            for column in assignmentsByGroup[groupIndex] {
                let key = exclusivityClass(candidates[assignments[column].candidate].programme)
                if byClass[key] == nil { order.append(key) }
                byClass[key, default: []].append(column)
            }
            for key in order {
                let columns = byClass[key]!
                guard columns.count > 1 else { continue }
                model.addConstraint(
                    "one_per_class_g\(groupIndex)", columns.map { Term(assignments[$0].variable) },
                    upper: Double(group.size)
                )
            }
        }
    }

    /// H3: per group and date, teachers in cohorts active that date ≤ group size. A date's row is needed only
    /// when its cohorts span two H2 classes (otherwise H2 implies it), and only for sets of cohorts not
    /// contained in another date's set (the larger row implies the smaller).
    mutating func addOneCohortPerDateRows() {
        for (groupIndex, group) in groups.enumerated() {
            var columnsByDate: [PlanDate: [Int]] = [:]
            for column in assignmentsByGroup[groupIndex] {
                for day in candidates[assignments[column].candidate].days {
                    columnsByDate[day, default: []].append(column)
                }
            }
            var sets: [[Int]] = []
            for date in columnsByDate.keys.sorted() {
                let columns = columnsByDate[date]!
                let classes = Set(columns.map { exclusivityClass(candidates[assignments[$0].candidate].programme) })
                if classes.count > 1 { sets.append(columns) }
            }
            for columns in MaximalSets.keep(sets) {
                model.addConstraint(
                    "one_per_date_g\(groupIndex)", columns.map { Term(assignments[$0].variable) },
                    upper: Double(group.size)
                )
            }
        }
    }
}
