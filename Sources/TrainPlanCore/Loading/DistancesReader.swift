/// Reads distances.csv: road km by school id, then site id.
enum DistancesReader {
    static func read(_ sheet: Sheet, _ context: LoadingContext, _ log: inout IssueLog) -> [String: [String: Double]] {
        let schoolIDs = context.schools.map { Set($0.map(\.id)) }
        let siteIDs = context.sites.map { Set($0.map(\.id)) }
        var pairs = UniqueKeys()
        var distances: [String: [String: Double]] = [:]
        for row in sheet.rows {
            let school = row.required("school", &log)
            let site = row.required("site", &log)
            let km = row.required("km", expected: .number, &log) == nil ? nil : row.number("km", minimum: 0, &log)
            guard let school, let site else { continue }
            LoadingContext.check(school, in: schoolIDs, as: .school, row: row, column: "school", &log)
            LoadingContext.check(site, in: siteIDs, as: .site, row: row, column: "site", &log)
            guard pairs.admit("\(school) → \(site)", row: row, column: "site", &log), let km else { continue }
            distances[school, default: [:]][site] = km
        }
        return distances
    }
}
