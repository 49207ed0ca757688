import TrainPlanCore

/// A canonical text of any value, with set elements sorted, so two loads can be compared although the domain
/// types are not Equatable and sets have no fixed order.
func canonicalDump(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .set:
        return "{" + mirror.children.map { canonicalDump($0.value) }.sorted().joined(separator: ",") + "}"
    case .dictionary:
        return "[" + mirror.children.map { canonicalDump($0.value) }.sorted().joined(separator: ",") + "]"
    default:
        guard !mirror.children.isEmpty else { return String(describing: value) }
        return "\(mirror.subjectType)(" + mirror.children.map { "\($0.label ?? ""):\(canonicalDump($0.value))" }
            .joined(separator: ",") + ")"
    }
}

extension Instance {
    /// The instance without its source hash, which differs between byte-different twins.
    var dumpIgnoringHash: String {
        var copy = self
        copy.sourceHash = ""
        return canonicalDump(copy)
    }
}
