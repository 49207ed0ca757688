import MIP

/// The SPEC model as a MIP over teacher groups and candidate cohorts, with the maps
/// needed to read a solution back as a plan.
public struct PlanningModel: Sendable {
    public var mip: Model
    /// Candidates that some group may join and that can open; index = position.
    public var candidates: [CandidateCohort]
    public var groups: [TeacherGroup]
    /// Number of cohorts opened on each candidate's schedule (y_k).
    public var openings: [Variable]
    /// Teachers of a group in a candidate (x_gk).
    public var assignments: [AssignmentColumn]
    /// The shortfall column of each quota row with seats to fill (unfilled seats, paid at the shortfall weight).
    public var shortfalls: [Variable]
    /// Candidates the generator produced before pruning.
    public var generatedCandidateCount: Int
    /// The priority reward's rows and columns, which come last (`BuildContext.addPriorityReward`).
    public var priorityReward: PriorityRewardLayout = PriorityRewardLayout()
    /// Cohorts of a programme at a site with two candidates or more (n = Σ y), integer columns the search
    /// branches on (`addSiteCohortCountColumns`).
    public var siteCohortCounts: [SiteCohortCount] = []

    public struct SiteCohortCount: Sendable {
        public var variable: Variable
        /// The candidates whose openings it counts (indices into `candidates`).
        public var candidates: [Int]
    }

    public struct AssignmentColumn: Sendable {
        public var group: Int
        public var candidate: Int
        public var variable: Variable
    }
}

extension PlanningModel {
    /// Sets each site's cohort-count column of `values` to the openings it counts, so that a solution given by
    /// its openings and assignments meets the count rows.
    func countingCohorts(_ values: [Double]) -> [Double] {
        var result = values
        for siteCount in siteCohortCounts {
            result[siteCount.variable.index] = siteCount.candidates.reduce(0) { $0 + values[openings[$1].index] }
        }
        return result
    }

    /// Per teacher, how much of them a solution trains: a group's assignments go to its teachers in order
    /// (largest reward first, as the priority reward counts them), fractions left over to the next one.
    func trainedShares(_ values: [Double]) -> [Int: Double] {
        var assigned = [Double](repeating: 0, count: groups.count)
        for column in assignments { assigned[column.group] += values[column.variable.index] }
        return trainedShares(assignedByGroup: assigned)
    }

    /// The same from each group's total assigned teachers.
    func trainedShares(assignedByGroup assigned: [Double]) -> [Int: Double] {
        groups.trainedShares(assigned: assigned)
    }
}

extension [TeacherGroup] {
    /// Per teacher, how much of them `assigned` (teachers per group) trains: a group's teachers in order
    /// (largest reward first), fractions left over to the next one.
    func trainedShares(assigned: [Double]) -> [Int: Double] {
        var shares: [Int: Double] = [:]
        for (index, group) in enumerated() where assigned[index] > 1e-9 {
            var left = Swift.min(assigned[index], Double(group.size))
            for teacher in group.teachers where left > 1e-9 {
                shares[teacher] = Swift.min(1, left)
                left -= 1
            }
        }
        return shares
    }
}
