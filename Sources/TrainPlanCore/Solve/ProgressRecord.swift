import Foundation
import MIP

/// One machine-readable progress line of `solve --progress-lines` on standard error, read back by `serve`:
/// `progress seconds=12.5 incumbent=49077.6 bound=48990.1 nodes=311` (`-` for a value not known yet).
public struct ProgressRecord: Sendable, Equatable, Codable {
    public var seconds: Double
    public var incumbent: Double?
    public var bound: Double?
    public var nodes: Int

    public init(seconds: Double, incumbent: Double?, bound: Double?, nodes: Int) {
        self.seconds = seconds
        self.incumbent = incumbent
        self.bound = bound
        self.nodes = nodes
    }

    public init(_ progress: SolveProgress) {
        self.init(seconds: progress.seconds, incumbent: progress.incumbent, bound: progress.bound, nodes: progress.nodes)
    }

    /// The SPEC's relative gap of incumbent and bound.
    public var gap: Double? { SolveProgress(incumbent: incumbent, bound: bound, seconds: seconds, nodes: nodes).gap }

    private static let prefix = "progress "

    public var line: String {
        func text(_ value: Double?) -> String { value.map { "\($0)" } ?? "-" }
        return "\(Self.prefix)seconds=\(seconds) incumbent=\(text(incumbent)) bound=\(text(bound)) nodes=\(nodes)"
    }

    /// Parses a line written by `line`; nil for any other line (GLPK's log, notes).
    public init?(line: String) {
        guard line.hasPrefix(Self.prefix) else { return nil }
        var fields: [String: String] = [:]
        for pair in line.dropFirst(Self.prefix.count).split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let seconds = fields["seconds"].flatMap(Double.init), seconds.isFinite,
              let nodes = fields["nodes"].flatMap(Int.init),
              let incumbentText = fields["incumbent"], let boundText = fields["bound"] else { return nil }
        func value(_ text: String) -> Double?? {
            if text == "-" { return .some(nil) }
            guard let number = Double(text), number.isFinite else { return nil }
            return .some(number)
        }
        guard let incumbent = value(incumbentText), let bound = value(boundText) else { return nil }
        self.init(seconds: seconds, incumbent: incumbent, bound: bound, nodes: nodes)
    }
}
