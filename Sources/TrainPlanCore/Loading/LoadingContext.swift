/// What earlier files of the folder provided, for checking references in later ones. A nil member means that
/// file could not be read, so references into it are not checked (its own errors say why).
struct LoadingContext {
    var horizon: DateRange?
    var declaredTeams: Set<String>?
    var schools: [School]?
    var teachers: [Teacher]?
    var sites: [Site]?
    var programmes: [Programme]?

    /// Logs `unknownReference` when `id` is not among `known` (skipped when `known` is nil).
    static func check(_ id: String, in known: Set<String>?, as target: InstanceIssue.Reference,
                      row: SheetRow, column: String, _ log: inout IssueLog) {
        guard let known, !known.contains(id) else { return }
        row.log(.unknownReference(id, target: target), column, &log)
    }
}
