import TrainPlanCore

/// Small instances built in code for tests: one week (Mon 2026-09-07 … Sun 2026-09-13), every cost
/// weight zero unless a test sets it, so each test isolates the rule or term it is about.
public enum SmallInstance {
    public static let monday = PlanDate(year: 2026, month: 9, day: 7)!

    public static func date(_ offsetFromMonday: Int) -> PlanDate { monday.adding(days: offsetFromMonday) }

    public static func zeroWeights(shortfall: Double = 1000) -> Weights {
        var weights = Weights()
        weights.shortfall = shortfall
        weights.teachingDay = 0
        weights.weekendDay = 0
        weights.holidayDay = 0
        weights.concentration = 0
        weights.km = 0
        weights.priority = 0
        return weights
    }

    public static func make(
        teachers: [Teacher], programmes: [Programme], sites: [Site] = [center()],
        schools: [School] = [school("S1")], weights: Weights = zeroWeights(), defaults: Defaults = Defaults(),
        teams: [TeamPool] = [], quotas: [Quota] = [], distances: [String: [String: Double]] = [:],
        holidays: Set<PlanDate> = [], blackouts: [Blackout] = [], days: Int = 7
    ) -> Instance {
        Instance(
            name: "test", calendar: TermCalendar(start: monday, end: date(days - 1), holidays: holidays, blackouts: blackouts),
            defaults: defaults, weights: weights, teams: teams, schools: schools, teachers: teachers, sites: sites,
            programmes: programmes, quotas: quotas, distances: distances, sourceHash: "test"
        )
    }

    public static func school(_ id: String, district: String = "D1", maxAway: Int? = 100) -> School {
        School(id: id, name: id, district: district, latitude: 30, longitude: 110, maxAway: maxAway)
    }

    public static func center(_ id: String = "C1", seats: Int? = nil, rooms: Int = 1, district: String? = "D1") -> Site {
        Site(id: id, name: id, kind: .center, latitude: 30, longitude: 110, district: district, seats: seats, rooms: rooms)
    }

    public static func teacher(_ id: String, school: String = "S1", stage: Stage = .primary, subject: String = "数学",
                               tags: Set<String> = [], cycleHours: Double = 360) -> Teacher {
        Teacher(id: id, name: id, school: school, stage: stage, subject: subject, tags: tags, cycleHours: cycleHours)
    }

    /// A one-day centralized course on the given weekday offsets (default: any day of the week).
    public static func course(_ id: String, quota: Int, window: [Int]? = nil, days: Int = 1) -> Programme {
        Programme(id: id, name: id, mode: .centralized, days: days,
                  window: window.map { Set($0.map(date)) }, quotaMin: .seats(quota))
    }
}
