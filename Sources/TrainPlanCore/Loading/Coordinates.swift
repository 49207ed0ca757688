/// Reads the `lat` and `lon` cells of a school or site row.
enum Coordinates {
    /// nil when either is empty or bad; logs `missingCoordinates` (at the first empty column) when
    /// `required`, range errors always.
    static func read(_ row: SheetRow, required: Bool, _ log: inout IssueLog) -> (latitude: Double, longitude: Double)? {
        let latitude = row.number("lat", range: -90...90, &log)
        let longitude = row.number("lon", range: -180...180, &log)
        if required, let empty = ["lat", "lon"].first(where: { row.text($0) == nil }) {
            row.log(.missingCoordinates, empty, &log)
        }
        guard let latitude, let longitude else { return nil }
        return (latitude, longitude)
    }
}
