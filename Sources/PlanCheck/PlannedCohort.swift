import TrainPlanCore

/// A cohort of the plan whose programme, site and sessions are known, with its distinct teachers.
struct PlannedCohort {
    var id: String
    var programme: Programme
    var site: Site
    var sessions: [DateRange]
    /// Distinct, in the order `assignments.csv` lists them.
    var teachers: [Teacher]

    /// Every date of every session, as the plan writes them (empty for online cohorts).
    var dates: [PlanDate] { sessions.flatMap(\.dates) }

    /// SPEC: online cohorts take no calendar days, so no rooms and no trips.
    var isOnline: Bool { programme.mode == .online }
}
