import Foundation

/// Log lines collected from the solving threads (`PlanningOptions.log`, `SolverOptions.log`).
public final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    public init() {}

    public func append(_ line: String) { lock.withLock { stored.append(line) } }
    public var lines: [String] { lock.withLock { stored } }
}
