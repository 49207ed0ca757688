/// The counts a planner checks after loading: who is to be trained, where, in which programmes, and how many
/// days of each type the horizon has.
public struct InstanceSummary: Sendable {
    public struct ProgrammeQuota: Sendable {
        public var id: String
        public var name: String
        public var mode: ProgrammeMode
        public var quotaMin: Int
        /// nil = no bound.
        public var quotaMax: Int?
    }

    public var name: String
    public var schoolCount: Int
    public var teacherCount: Int
    public var teachersByStage: [Stage: Int]
    /// Keyed by the district of each teacher's school ("" for schools without one).
    public var teachersByDistrict: [String: Int]
    public var sitesByKind: [SiteKind: Int]
    /// In programs.csv order.
    public var programmes: [ProgrammeQuota]
    public var horizon: DateRange
    public var daysByType: [DayType: Int]

    public init(_ instance: Instance) {
        let districtOfSchool = Dictionary(instance.schools.map { ($0.id, $0.district) },
                                          uniquingKeysWith: { first, _ in first })
        name = instance.name
        schoolCount = instance.schools.count
        teacherCount = instance.teachers.count
        teachersByStage = Dictionary(grouping: instance.teachers, by: \.stage).mapValues(\.count)
        teachersByDistrict = Dictionary(grouping: instance.teachers) { districtOfSchool[$0.school] ?? "" }
            .mapValues(\.count)
        sitesByKind = Dictionary(grouping: instance.sites, by: \.kind).mapValues(\.count)
        programmes = instance.programmes.map {
            ProgrammeQuota(id: $0.id, name: $0.name, mode: $0.mode, quotaMin: instance.quotaMinSeats($0),
                           quotaMax: instance.quotaMaxSeats($0))
        }
        horizon = DateRange(first: instance.calendar.start, last: instance.calendar.end)
        daysByType = Dictionary(grouping: instance.calendar.dates, by: instance.calendar.dayType).mapValues(\.count)
    }
}
