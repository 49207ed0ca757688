public enum ProgrammeMode: String, Sendable, CaseIterable {
    case centralized, songjiao, offjob, online

    public init?(parsing text: String) {
        switch text.lowercased() {
        case "centralized", "集中": self = .centralized
        case "songjiao", "送教": self = .songjiao
        case "offjob", "脱产": self = .offjob
        case "online", "网络": self = .online
        default: return nil
        }
    }

    /// Site kinds a programme of this mode may use when it lists no sites.
    public var defaultSiteKinds: Set<SiteKind> {
        switch self {
        case .centralized: [.center]
        case .songjiao: [.songjiao]
        case .offjob: [.center, .external]
        case .online: [.online]
        }
    }
}

/// `quota_min` as written: a number of seats, or `all` eligible teachers.
public enum QuotaMinimum: Sendable, Equatable {
    case seats(Int)
    case allEligible
}

public struct Programme: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var level: String
    public var mode: ProgrammeMode
    public var sessions: Int
    /// Consecutive days per session; 0 for online.
    public var days: Int
    /// Least days between the starts of two sessions.
    public var gapDays: Int
    public var dayTypes: Set<DayType>
    /// Dates all session days must lie in; nil = the horizon.
    public var window: Set<PlanDate>?
    public var hours: Double
    /// Eligibility; empty = any.
    public var stages: Set<Stage>
    public var subjects: Set<String>
    public var tagsAny: Set<String>
    public var tagsNone: Set<String>
    public var quotaMin: QuotaMinimum
    /// As written; nil = the SPEC default (see `Instance.quotaMax(of:)`).
    public var quotaMax: Int?
    public var cohortMin: Int
    /// nil = the site's seats.
    public var cohortMax: Int?
    /// Allowed site ids; empty = every site of the mode's kinds.
    public var sites: [String]
    public var homeDistrict: Bool
    public var cohortCost: Double
    /// 互斥组: a teacher joins at most one programme of a group.
    public var exclusive: String?
    /// Share of teaching loss covered by an intern (0–1).
    public var substitute: Double
    /// Trainer team pool in `[teams]`.
    public var team: String?

    public init(id: String, name: String, level: String = "", mode: ProgrammeMode, sessions: Int = 1, days: Int = 1,
                gapDays: Int = 7, dayTypes: Set<DayType> = Set(DayType.allCases), window: Set<PlanDate>? = nil,
                hours: Double = 0, stages: Set<Stage> = [], subjects: Set<String> = [], tagsAny: Set<String> = [],
                tagsNone: Set<String> = [], quotaMin: QuotaMinimum = .seats(0), quotaMax: Int? = nil,
                cohortMin: Int = 1, cohortMax: Int? = nil, sites: [String] = [], homeDistrict: Bool = false,
                cohortCost: Double = 0, exclusive: String? = nil, substitute: Double = 0, team: String? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.mode = mode
        self.sessions = sessions
        self.days = days
        self.gapDays = gapDays
        self.dayTypes = dayTypes
        self.window = window
        self.hours = hours
        self.stages = stages
        self.subjects = subjects
        self.tagsAny = tagsAny
        self.tagsNone = tagsNone
        self.quotaMin = quotaMin
        self.quotaMax = quotaMax
        self.cohortMin = cohortMin
        self.cohortMax = cohortMax
        self.sites = sites
        self.homeDistrict = homeDistrict
        self.cohortCost = cohortCost
        self.exclusive = exclusive
        self.substitute = substitute
        self.team = team
    }
}
