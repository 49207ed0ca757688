/// Reads schools.csv.
enum SchoolsReader {
    static func read(_ sheet: Sheet, _ log: inout IssueLog) -> [School] {
        var ids = UniqueKeys(ids: true)
        var schools: [School] = []
        for row in sheet.rows {
            guard let id = row.required("id", &log), ids.admit(id, row: row, column: "id", &log) else { continue }
            let coordinates = Coordinates.read(row, required: true, &log)
            // A district names a group of schools like an id does (sites and sub-quotas refer to it).
            let district = row.text("district") ?? ""
            if district.unicodeScalars.contains(where: Echo.isControl) { row.log(.controlCharacter(district), "district", &log) }
            schools.append(School(
                id: id,
                name: row.displayName(),
                district: district,
                latitude: coordinates?.latitude ?? 0,
                longitude: coordinates?.longitude ?? 0,
                rural: row.boolean("rural", &log) ?? false,
                maxAway: row.integer("max_away", minimum: 0, &log)
            ))
        }
        return schools
    }
}
