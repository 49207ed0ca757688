/// A training plan: opened cohorts and the teachers in each (SPEC "Plan").
public struct Plan: Sendable {
    public var cohorts: [Cohort]

    public init(cohorts: [Cohort]) { self.cohorts = cohorts }
}

public struct Cohort: Sendable {
    public var id: String
    public var programme: Int
    public var site: Int
    /// One date range per session; empty for online.
    public var sessions: [DateRange]
    /// Teacher indices into `Instance.teachers`, ordered by teacher id.
    public var teachers: [Int]

    public var days: [PlanDate] { sessions.flatMap(\.dates) }
}
