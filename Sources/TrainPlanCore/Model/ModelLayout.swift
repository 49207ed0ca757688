/// What a model will hold before its rows are written: the teacher groups, the candidates someone may join
/// and, per candidate, the groups that may join it. Building the rows of a city's whole model takes seconds
/// and most of its memory; the layout alone tells whether that model is small enough to be worth building.
public struct ModelLayout: Sendable {
    public var groups: [TeacherGroup]
    /// Candidates that some group may join and that can open at least once.
    public var candidates: [CandidateCohort]
    /// Per kept candidate, the groups that may join it (one assignment column each).
    public var eligibleGroups: [[Int]]
    /// Candidates the generator produced before pruning.
    public var generatedCandidateCount: Int

    /// Opening and assignment columns: the model's integer columns but its few site cohort counts. Its
    /// continuous columns (shortfalls, trained teachers, away excess) come on top, so a model is at least
    /// this large.
    public var decisionColumns: Int {
        candidates.count + eligibleGroups.reduce(0) { $0 + $1.count }
    }
}
