/// A possible cohort: a programme at a site on one schedule (SPEC "Cohorts and their schedules").
public struct CandidateCohort: Sendable {
    public var programme: Int
    public var site: Int
    /// One date range per session; empty for online.
    public var sessions: [DateRange]
    /// Every date the cohort is active, ascending.
    public var days: [PlanDate]

    public var start: PlanDate? { sessions.first?.first }
}
