import Foundation
import TrainPlanCore

/// One-way road km from a school to a site: distances.csv when it has the pair, otherwise the
/// great-circle distance (haversine, R = 6371.0 km) × road_factor. Zero when coordinates are missing,
/// which a loaded instance only allows for online sites.
extension PlanAudit {
    func roadKilometres(from school: School, to site: Site) -> Double {
        if let km = instance.distances[school.id]?[site.id] { return km }
        guard let siteLatitude = site.latitude, let siteLongitude = site.longitude else { return 0 }
        return greatCircleKilometres(latitude1: school.latitude, longitude1: school.longitude,
                                     latitude2: siteLatitude, longitude2: siteLongitude)
            * instance.defaults.roadFactor
    }
}

func greatCircleKilometres(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
    let earthRadius = 6371.0
    let radians = Double.pi / 180
    let halfLatitudeDelta = (latitude2 - latitude1) * radians / 2
    let halfLongitudeDelta = (longitude2 - longitude1) * radians / 2
    let a = sin(halfLatitudeDelta) * sin(halfLatitudeDelta)
        + cos(latitude1 * radians) * cos(latitude2 * radians) * sin(halfLongitudeDelta) * sin(halfLongitudeDelta)
    return 2 * earthRadius * asin(min(1, sqrt(a)))
}
