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

/// Identifies a candidate across models built from the same instance: programme, site and schedule.
public struct CandidateKey: Hashable, Sendable {
    public var programme: Int
    public var site: Int
    public var sessions: [DateRange]

    public init(_ candidate: CandidateCohort) {
        self.init(programme: candidate.programme, site: candidate.site, sessions: candidate.sessions)
    }

    public init(programme: Int, site: Int, sessions: [DateRange]) {
        self.programme = programme
        self.site = site
        self.sessions = sessions
    }
}
