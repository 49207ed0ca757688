/// Reads sites.csv.
enum SitesReader {
    static func read(_ sheet: Sheet, _ context: LoadingContext, _ log: inout IssueLog) -> [Site] {
        var ids = UniqueKeys(ids: true)
        var sites: [Site] = []
        for row in sheet.rows {
            guard let id = row.required("id", &log), ids.admit(id, row: row, column: "id", &log) else { continue }
            guard let kind = row.requiredChoice("kind", choices: CellWords.siteKindChoices, &log,
                                                parse: SiteKind.init(parsing:))
            else { continue }
            let coordinates: (latitude: Double, longitude: Double)?
            if kind == .online {
                if let given = ["lat", "lon"].first(where: { row.text($0) != nil }) {
                    row.log(.coordinatesOnOnlineSite, given, &log)
                }
                coordinates = nil
            } else {
                coordinates = Coordinates.read(row, required: true, &log)
            }
            let available = row.dateRanges("available", &log)
            if let available, let horizon = context.horizon, available.liesOutside(horizon) {
                // A site closed all term is odd but not wrong: it simply hosts nothing.
                row.log(.outsideHorizon(row.text("available") ?? "", horizon: horizon), "available", &log,
                        severity: .warning)
            }
            sites.append(Site(
                id: id,
                name: row.displayName(),
                kind: kind,
                latitude: coordinates?.latitude,
                longitude: coordinates?.longitude,
                district: row.text("district"),
                seats: row.integer("seats", minimum: 1, &log),
                rooms: row.integer("rooms", minimum: 1, &log) ?? 1,
                available: available?.dates(within: context.horizon),
                maxCohorts: row.integer("max_cohorts", minimum: 0, &log),
                lodging: row.boolean("lodging", &log) ?? false,
                cohortCost: row.number("cohort_cost", minimum: 0, &log) ?? 0
            ))
        }
        return sites
    }
}
