/// Thrown when an instance folder holds at least one error; carries every issue found, warnings included,
/// in file order.
public struct InstanceLoadError: Error, Sendable, CustomStringConvertible {
    public var issues: [InstanceIssue]

    public init(issues: [InstanceIssue]) { self.issues = issues }

    public var errors: [InstanceIssue] { issues.filter { $0.severity == .error } }
    public var warnings: [InstanceIssue] { issues.filter { $0.severity == .warning } }

    public var description: String { issues.map { $0.message(.en) }.joined(separator: "\n") }
}
