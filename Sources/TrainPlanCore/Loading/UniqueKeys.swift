/// Logs rows whose id repeats an earlier row's (`duplicate`), holds a control character or is too long for a
/// file name, and tells the caller to skip them.
struct UniqueKeys {
    private var firstRows: [String: Int] = [:]

    /// False, after logging, when `key` is not a usable id or was already seen.
    mutating func admit(_ key: String, row: SheetRow, column: String, _ log: inout IssueLog) -> Bool {
        if key.unicodeScalars.contains(where: Echo.isControl) {
            row.log(.controlCharacter(key), column, &log)
            return false
        }
        if key.count > ValueLimits.longestID {
            row.log(.idTooLong(key, limit: ValueLimits.longestID), column, &log)
            return false
        }
        if let firstRow = firstRows[key] {
            row.log(.duplicate(key, firstRow: firstRow), column, &log)
            return false
        }
        firstRows[key] = row.line
        return true
    }
}
