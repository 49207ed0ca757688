import Foundation

/// Road distance from a school to a site: distances.csv when it has the pair,
/// otherwise great-circle (haversine, R = 6371.0 km) × road_factor.
public struct DistanceTable: Sendable {
    private let instance: Instance
    private let schoolsByID: [String: School]
    private let sitesByID: [String: Site]

    public init(instance: Instance) {
        self.instance = instance
        schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sitesByID = Dictionary(instance.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func km(school schoolID: String, site siteID: String) -> Double {
        if let km = instance.distances[schoolID]?[siteID] { return km }
        guard let school = schoolsByID[schoolID], let site = sitesByID[siteID],
              let siteLatitude = site.latitude, let siteLongitude = site.longitude
        else { return 0 }
        return Self.greatCircleKm(school.latitude, school.longitude, siteLatitude, siteLongitude)
            * instance.defaults.roadFactor
    }

    public static func greatCircleKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0 * asin(min(1, sqrt(a)))
    }
}
