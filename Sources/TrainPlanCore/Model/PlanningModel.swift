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
    /// Candidates the generator produced before pruning.
    public var generatedCandidateCount: Int

    public struct AssignmentColumn: Sendable {
        public var group: Int
        public var candidate: Int
        public var variable: Variable
    }
}
