import Foundation
import MIP

// Thread-safe recorders for what the solver's callbacks hand over from its own thread.

final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [SolveProgress] = []
    func append(_ report: SolveProgress) { lock.withLock { stored.append(report) } }
    var reports: [SolveProgress] { lock.withLock { stored } }
}

final class ResultLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int: SolveResult] = [:]
    func append(_ index: Int, _ result: SolveResult?) { lock.withLock { stored[index] = result } }
    func objective(_ index: Int) -> Double? { lock.withLock { stored[index]?.objective } }
}

/// Seconds since creation, for stopping a solve from `shouldStop`.
struct Stopwatch: Sendable {
    private let start = Date()
    var seconds: Double { Date().timeIntervalSince(start) }
}
