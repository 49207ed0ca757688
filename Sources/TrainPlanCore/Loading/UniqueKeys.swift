/// Logs rows whose id repeats an earlier row's (`duplicate`), holds a control character or is too long for a
/// file name, and tells the caller to skip them; warns of an id that looks like an earlier one (`lookAlikeID`).
struct UniqueKeys {
    private var firstRows: [String: Int] = [:]
    /// The first id of each look-alike form (`LookAlikeIDs.form`) and its row; nil: not watched (keys
    /// made of references, such as a distance's school and site, whose parts are checked as references).
    private var firstLookAlikes: [String: (id: String, row: Int)]?

    /// `ids`: the keys are a table's own ids (teachers, schools, sites, programmes), watched for look-alikes.
    init(ids: Bool = false) {
        firstLookAlikes = ids ? [:] : nil
    }

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
        guard firstLookAlikes != nil else { return true }
        let form = LookAlikeIDs.form(key)
        if let earlier = firstLookAlikes?[form] {
            row.log(.lookAlikeID(key, earlier: earlier.id, firstRow: earlier.row), column, &log)
        } else {
            firstLookAlikes?[form] = (key, row.line)
        }
        return true
    }

    /// For a column of labels that rows share (a programme's exclusive group): warns of a label written like
    /// an earlier one but not the same ("国 培" after "国培"), which would silently make a group of its own.
    /// Needs `init(ids: true)`.
    mutating func noteLabel(_ label: String, row: SheetRow, column: String, _ log: inout IssueLog) {
        let form = LookAlikeIDs.form(label)
        if let earlier = firstLookAlikes?[form] {
            if earlier.id != label { row.log(.lookAlikeID(label, earlier: earlier.id, firstRow: earlier.row), column, &log) }
        } else {
            firstLookAlikes?[form] = (label, row.line)
        }
    }
}
