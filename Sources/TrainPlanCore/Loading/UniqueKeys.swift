/// Logs rows whose id repeats an earlier row's (`duplicate`) and tells the caller to skip them.
struct UniqueKeys {
    private var firstRows: [String: Int] = [:]

    /// False, after logging, when `key` was already seen.
    mutating func admit(_ key: String, row: SheetRow, column: String, _ log: inout IssueLog) -> Bool {
        if let firstRow = firstRows[key] {
            row.log(.duplicate(key, firstRow: firstRow), column, &log)
            return false
        }
        firstRows[key] = row.line
        return true
    }
}
