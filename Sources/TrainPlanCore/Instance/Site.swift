public enum SiteKind: String, Sendable, CaseIterable {
    case center, songjiao, external, online

    public init?(parsing text: String) {
        switch text.lowercased() {
        case "center", "县级培训中心": self = .center
        case "songjiao", "送教点": self = .songjiao
        case "external", "县外基地": self = .external
        case "online", "网络": self = .online
        default: return nil
        }
    }
}

public struct Site: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: SiteKind
    /// nil for online sites.
    public var latitude: Double?
    public var longitude: Double?
    /// 服务学区; nil = none (then home-district programmes cannot use the site).
    public var district: String?
    /// Most teachers in one cohort; nil = no limit.
    public var seats: Int?
    /// Cohorts at once on one date.
    public var rooms: Int
    /// Dates the site can host; nil = the whole horizon.
    public var available: Set<PlanDate>?
    public var maxCohorts: Int?
    /// Trainees stay overnight: one round trip per session instead of one per day.
    public var lodging: Bool
    public var cohortCost: Double

    public init(id: String, name: String, kind: SiteKind, latitude: Double? = nil, longitude: Double? = nil,
                district: String? = nil, seats: Int? = nil, rooms: Int = 1, available: Set<PlanDate>? = nil,
                maxCohorts: Int? = nil, lodging: Bool = false, cohortCost: Double = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.latitude = latitude
        self.longitude = longitude
        self.district = district
        self.seats = seats
        self.rooms = rooms
        self.available = available
        self.maxCohorts = maxCohorts
        self.lodging = lodging
        self.cohortCost = cohortCost
    }
}
