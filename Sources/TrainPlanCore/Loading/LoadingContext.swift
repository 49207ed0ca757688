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
    /// A known id that differs from `id` only in case, spaces or character width is named in the message: the two
    /// look alike in a sheet (a full-width "Ｔ01" typed with a Chinese input method).
    static func check(_ id: String, in known: Set<String>?, as target: InstanceIssue.Reference,
                      row: SheetRow, column: String, _ log: inout IssueLog) {
        guard let known, !known.contains(id) else { return }
        let key = "\(target) \(known.count)"
        let lookAlikes = log.lookAlikes[key] ?? LookAlikeIDs(known)
        log.lookAlikes[key] = lookAlikes
        row.log(.unknownReference(id, target: target, similar: lookAlikes.similar(to: id)), column, &log)
    }
}
