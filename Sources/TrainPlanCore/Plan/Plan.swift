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

    /// The order cohorts are listed in: by programme, site, first date, then id.
    static func planOrder(_ a: Cohort, _ b: Cohort) -> Bool {
        if a.programme != b.programme { return a.programme < b.programme }
        if a.site != b.site { return a.site < b.site }
        let (first, second) = (a.sessions.first?.first.ordinal ?? -1, b.sessions.first?.first.ordinal ?? -1)
        if first != second { return first < second }
        return a.id < b.id
    }
}
