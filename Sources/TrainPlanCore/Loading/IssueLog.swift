/// Collects issues while an instance is read, so every problem is reported at once.
struct IssueLog {
    private(set) var issues: [InstanceIssue] = []

    var hasErrors: Bool { issues.contains { $0.severity == .error } }

    mutating func add(_ issue: InstanceIssue) { issues.append(issue) }

    mutating func add(_ kind: InstanceIssue.Kind, file: String, row: Int? = nil, column: String? = nil,
                      severity: InstanceIssue.Severity? = nil) {
        issues.append(InstanceIssue(file: file, row: row, column: column, kind: kind, severity: severity))
    }
}
