/// Collects issues while an instance is read, so every problem is reported at once.
struct IssueLog {
    private(set) var issues: [InstanceIssue] = []
    /// Known ids by their look-alike form (`LookAlikeIDs`), per reference kind and count of
    /// known ids: built at the first unknown reference of a kind, not at each (a re-coded schools sheet makes
    /// every row of a large distances table unknown). One load checks each kind against one set (all schools,
    /// all sites, …); a reader that checked a kind against a subset would need a key of its own.
    var lookAlikes: [String: LookAlikeIDs] = [:]

    var hasErrors: Bool { issues.contains { $0.severity == .error } }

    mutating func add(_ issue: InstanceIssue) { issues.append(issue) }

    mutating func add(_ kind: InstanceIssue.Kind, file: String, row: Int? = nil, column: String? = nil,
                      severity: InstanceIssue.Severity? = nil) {
        issues.append(InstanceIssue(file: file, row: row, column: column, kind: kind, severity: severity))
    }
}
