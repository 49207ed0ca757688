/// A what-if overlay: changes to a base instance, read from a scenario file (docs/scenarios.md).
/// Every id in it was checked against the base when it was read, so applying it cannot fail.
public struct Scenario: Sendable {
    /// Folder name of its plan, from the file name (e.g. `gp700` for gp700.toml).
    public var name: String
    /// Title as the planner wrote it (`title = "..."`); the file name when absent.
    public var title: String
    /// Path of the scenario file, for messages.
    public var file: String
    /// Hash of the scenario file, mixed into the base's input hash so its plans are not taken for the base's.
    public var fileHash: String
    public var programmes: [String: ProgrammePatch] = [:]
    public var subQuotas: [SubQuotaPatch] = []
    /// Weight key as in instance.toml (`shortfall`, `km`, …) → new value.
    public var weights: [String: Double] = [:]
    public var sites: [String: SitePatch] = [:]
    /// Dates closed to every stage (an extra blackout).
    public var blockedDates: Set<PlanDate> = []
    /// Dates no longer holidays.
    public var openedDates: Set<PlanDate> = []
    public var teachers: [String: TeacherPatch] = [:]
    /// Team pool name → new limit.
    public var teamLimits: [String: Int] = [:]

    public init(name: String, title: String, file: String, fileHash: String) {
        self.name = name
        self.title = title
        self.file = file
        self.fileHash = fileHash
    }
}

/// `[programs.ID]`: fields of one programme; nil = unchanged.
public struct ProgrammePatch: Sendable, Equatable {
    public var quotaMin: QuotaMinimum?
    public var quotaMax: Int?
    public var window: Set<PlanDate>?
    public var dayTypes: Set<DayType>?
    public var days: Int?
    public var sessions: Int?
    public var gapDays: Int?
    public init() {}
}

/// `[[sub_quotas]]`: a quotas.csv row changed, or added when the base has none for that programme and scope.
public struct SubQuotaPatch: Sendable, Equatable {
    public var program: String
    public var scope: Quota.Scope
    public var scopeID: String
    public var min: Int?
    public var max: Int?
}

/// `[sites.ID]`: nil = unchanged.
public struct SitePatch: Sendable, Equatable {
    /// Closed: no cohort may open there.
    public var closed = false
    public var seats: Int?
    public var rooms: Int?
    public var maxCohorts: Int?
    /// Replaces the site's available dates.
    public var available: Set<PlanDate>?
    /// Dates taken away from what the site can host (e.g. "not in November").
    public var unavailable: Set<PlanDate> = []
    public init() {}
}

/// `[teachers.ID]`: more unavailable dates, or leave for the whole horizon.
public struct TeacherPatch: Sendable, Equatable {
    public var unavailable: Set<PlanDate> = []
    public var leave = false
    public init() {}
}
