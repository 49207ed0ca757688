import Foundation
import TrainPlanCore

/// SVG map of schools and sites (latitude/longitude projected equirectangularly around their centre)
/// with a line from each school to each site it sends teachers to, thicker for more teachers.
/// The map is fitted to the schools and the sites among them; a site far outside the county (a
/// provincial base) is pinned to the map's edge in its direction, so the county stays readable.
/// Online sites have no place and are left out.
struct FlowMap {
    let context: ReportContext

    private let width = 760.0
    private let height = 480.0
    private let margin = 40.0

    func svg() -> String {
        let instance = context.instance
        let placedSites = instance.sites.indices.filter { instance.sites[$0].latitude != nil && instance.sites[$0].longitude != nil }
        let schoolPoints = instance.schools.map { ($0.latitude, $0.longitude) }
        let sitePoints = placedSites.map { (instance.sites[$0].latitude!, instance.sites[$0].longitude!) }
        guard !schoolPoints.isEmpty || !sitePoints.isEmpty else { return "" }
        let nearSites = sitePoints.filter { Self.isNear($0, schoolPoints) }
        let fitted = projection(schoolPoints.isEmpty ? sitePoints : schoolPoints + nearSites)
        let project = { (latitude: Double, longitude: Double) -> (Double, Double) in
            let (x, y) = fitted(latitude, longitude)
            return (min(max(x, margin / 2), width - margin / 2), min(max(y, margin / 2), height - margin / 2))
        }
        let c = HTMLText.coordinate
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(c(width))\" height=\"\(c(height))\" "
            + "viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#f8fafc\" stroke=\"#dde3ea\"/>"

        let flows = self.flows()
        let heaviest = Double(flows.map(\.teachers).max() ?? 1)
        for flow in flows {
            let school = instance.schools[flow.school]
            let site = instance.sites[flow.site]
            guard let siteLatitude = site.latitude, let siteLongitude = site.longitude else { continue }
            let (x1, y1) = project(school.latitude, school.longitude)
            let (x2, y2) = project(siteLatitude, siteLongitude)
            let tip = HTMLText.escape("\(context.displayName(school)) → \(context.displayName(site))："
                + context.language.pick("\(flow.teachers) 人", "\(flow.teachers) teachers"))
            svg += "<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" stroke=\"#e07b39\" "
                + "stroke-opacity=\"0.55\" stroke-linecap=\"round\" stroke-width=\"\(c(1 + 7 * Double(flow.teachers) / heaviest))\">"
                + "<title>\(tip)</title></line>"
        }
        let labelled = instance.schools.count <= 40
        for school in instance.schools {
            let (x, y) = project(school.latitude, school.longitude)
            svg += "<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"4\" fill=\"#2f6db5\"><title>"
                + HTMLText.escape("\(school.id) \(context.displayName(school))") + "</title></circle>"
            if labelled {
                svg += label(GanttChart.clipped(context.displayName(school), 10), x: x, y: y + 4, size: 10,
                             colour: "#334e68", bold: false)
            }
        }
        for siteIndex in placedSites {
            let site = instance.sites[siteIndex]
            let (x, y) = project(site.latitude!, site.longitude!)
            let pinned = !Self.isNear((site.latitude!, site.longitude!), schoolPoints)
            let name = GanttChart.clipped(context.displayName(site), 12)
                + (pinned ? context.language.pick("（县外，方向示意）", " (outside, direction only)") : "")
            svg += "<rect x=\"\(c(x - 6))\" y=\"\(c(y - 6))\" width=\"12\" height=\"12\" fill=\"#c94f5d\" stroke=\"#fff\">"
                + "<title>" + HTMLText.escape("\(site.id) \(context.displayName(site))") + "</title></rect>"
                + label(name, x: x, y: y - 8, size: 12, colour: "#7b1e2a", bold: true)
        }
        return svg + "</svg>"
    }

    /// A label beside a point, turned to the left near the right edge so it is not cut off.
    private func label(_ text: String, x: Double, y: Double, size: Int, colour: String, bold: Bool) -> String {
        let c = HTMLText.coordinate
        let leftward = x > width - 170
        return "<text x=\"\(c(leftward ? x - 8 : x + 8))\" y=\"\(c(y))\" font-size=\"\(size)\" fill=\"\(colour)\""
            + (leftward ? " text-anchor=\"end\"" : "") + (bold ? " font-weight=\"bold\"" : "") + ">"
            + HTMLText.escape(text) + "</text>"
    }

    /// Inside the schools' bounding box widened by half its size on every side.
    static func isNear(_ point: (Double, Double), _ schools: [(Double, Double)]) -> Bool {
        guard let south = schools.map(\.0).min(), let north = schools.map(\.0).max(),
              let west = schools.map(\.1).min(), let east = schools.map(\.1).max() else { return true }
        let (latitudePad, longitudePad) = (max(north - south, 0.02) / 2, max(east - west, 0.02) / 2)
        return (south - latitudePad...north + latitudePad).contains(point.0)
            && (west - longitudePad...east + longitudePad).contains(point.1)
    }

    /// Teachers per (school, site) pair, in instance order.
    private func flows() -> [(school: Int, site: Int, teachers: Int)] {
        var counts = [Int: [Int: Int]]()
        for cohort in context.plan.cohorts where !cohort.sessions.isEmpty {
            for teacher in cohort.teachers {
                guard let school = context.schoolIndex[context.instance.teachers[teacher].school] else { continue }
                counts[school, default: [:]][cohort.site, default: 0] += 1
            }
        }
        return counts.keys.sorted().flatMap { school in
            counts[school]!.keys.sorted().map { (school, $0, counts[school]![$0]!) }
        }
    }

    /// Equirectangular projection (longitude scaled by the cosine of the mean latitude) fitted into the
    /// drawing with the same scale on both axes, north up.
    private func projection(_ points: [(Double, Double)]) -> (Double, Double) -> (Double, Double) {
        let latitudes = points.map(\.0)
        let longitudes = points.map(\.1)
        let meanLatitude = latitudes.reduce(0, +) / Double(latitudes.count)
        let squeeze = cos(meanLatitude * .pi / 180)
        let (west, east) = (longitudes.min()! * squeeze, longitudes.max()! * squeeze)
        let (south, north) = (latitudes.min()!, latitudes.max()!)
        let span = max(east - west, north - south, 1e-6)
        let scale = min((width - 2 * margin) / max(east - west, span * 0.01),
                        (height - 2 * margin) / max(north - south, span * 0.01))
        let offsetX = (width - (east - west) * scale) / 2
        let offsetY = (height - (north - south) * scale) / 2
        return { latitude, longitude in
            (offsetX + (longitude * squeeze - west) * scale, offsetY + (north - latitude) * scale)
        }
    }
}
