/// Everything a planner hands trainplan (SPEC "Instance"), loaded and validated.
public struct Instance: Sendable {
    public var name: String
    public var calendar: TermCalendar
    public var defaults: Defaults
    public var weights: Weights
    /// Sorted by name.
    public var teams: [TeamPool]
    public var schools: [School]
    public var teachers: [Teacher]
    public var sites: [Site]
    public var programmes: [Programme]
    public var quotas: [Quota]
    /// Road km by school id, then site id (distances.csv); other pairs use great-circle × road_factor.
    public var distances: [String: [String: Double]]
    /// SHA-256 of the instance's files, stamped on every plan.
    public var sourceHash: String

    public init(name: String, calendar: TermCalendar, defaults: Defaults = Defaults(), weights: Weights = Weights(),
                teams: [TeamPool] = [], schools: [School], teachers: [Teacher], sites: [Site],
                programmes: [Programme], quotas: [Quota] = [], distances: [String: [String: Double]] = [:],
                sourceHash: String = "") {
        self.name = name
        self.calendar = calendar
        self.defaults = defaults
        self.weights = weights
        self.teams = teams
        self.schools = schools
        self.teachers = teachers
        self.sites = sites
        self.programmes = programmes
        self.quotas = quotas
        self.distances = distances
        self.sourceHash = sourceHash
    }
}
