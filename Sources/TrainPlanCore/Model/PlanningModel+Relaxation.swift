import MIP

extension PlanningModel {
    /// A relaxation with one column per teacher group (its teachers in any of the model's cohorts, at the
    /// cheapest cohort's cost, which holds the concentration cost where a school's soft limit is 0) and one for all cohorts opened (at the cheapest opening cost). It keeps the
    /// quota, one-cohort-per-programme, priority and cohort-count rows and drops those that tell cohorts
    /// apart (sizes, dates, rooms, teams, away caps): see `Model.aggregatingColumns`. Its LP is tiny, so it
    /// bounds a programme whose own LP is too large to finish in time (a city's winter course for every
    /// junior teacher) far better than the variables' bounds alone.
    /// `groups[k]` is the group whose teachers column k of `model` counts.
    func aggregatedRelaxation() -> (model: Model, groups: [Int])? {
        var columnsByGroup = [[Int]](repeating: [], count: groups.count)
        for column in assignments { columnsByGroup[column.group].append(column.variable.index) }
        let withColumns = groups.indices.filter { !columnsByGroup[$0].isEmpty }
        let sets = withColumns.map { columnsByGroup[$0] } + [openings.map(\.index)].filter { !$0.isEmpty }
        return mip.aggregatingColumns(sets).map { ($0, withColumns) }
    }
}

extension PlanningModel {
    /// Columns to start column generation from (`Model.pricedLPBound`): every column that is not an
    /// assignment (openings, shortfalls, rewards), and the `perGroup` cheapest assignments of each group
    /// with a teacher in `likely` (nil: every group). A city's 国培 LP from all 11,887 groups' columns did
    /// not finish one round in 25 s.
    func pricingStart(perGroup: Int = 2, likely: Set<Int>? = nil) -> [Int] {
        var byGroup = [[Int]](repeating: [], count: groups.count)
        for column in assignments { byGroup[column.group].append(column.variable.index) }
        let assignmentColumns = Set(assignments.map(\.variable.index))
        var start = mip.variables.indices.filter { !assignmentColumns.contains($0) }
        for (group, columns) in byGroup.enumerated() where likely.map({ !$0.isDisjoint(with: groups[group].teachers) }) ?? true {
            let cheapest = columns.sorted { (mip.variables[$0].cost, $0) < (mip.variables[$1].cost, $1) }
            start += cheapest.prefix(perGroup)
        }
        return start
    }
}

extension PlanningModel {
    /// The candidates an LP solution opens, those it opens most first (ties by position).
    func rankedCandidates(_ values: [Double]) -> [Int] {
        candidates.indices.filter { values[openings[$0].index] > 1e-6 }
            .sorted { (values[openings[$0].index], -$0) > (values[openings[$1].index], -$1) }
    }
}
