public struct School: Sendable, Identifiable {
    public var id: String
    public var name: String
    /// 学区
    public var district: String
    public var latitude: Double
    public var longitude: Double
    public var rural: Bool
    /// Explicit cap of teachers away on one teaching day; nil = from `max_away_share`.
    public var maxAway: Int?

    public init(id: String, name: String, district: String, latitude: Double, longitude: Double,
                rural: Bool = false, maxAway: Int? = nil) {
        self.id = id
        self.name = name
        self.district = district
        self.latitude = latitude
        self.longitude = longitude
        self.rural = rural
        self.maxAway = maxAway
    }
}
