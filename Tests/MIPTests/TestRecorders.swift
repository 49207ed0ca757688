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

final class ObjectiveLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []
    func append(_ objective: Double) { lock.withLock { stored.append(objective) } }
    var values: [Double] { lock.withLock { stored } }
}

final class ResultLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int: SolveResult] = [:]
    func append(_ index: Int, _ result: SolveResult?) { lock.withLock { stored[index] = result } }
    func objective(_ index: Int) -> Double? { lock.withLock { stored[index]?.objective } }
}

/// Everything written to file descriptor 1 while `body` runs.
func capturingStandardOutput(_ body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("stdout-\(UUID().uuidString)").path
    fflush(nil)
    let saved = dup(STDOUT_FILENO)
    let capture = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    dup2(capture, STDOUT_FILENO)
    close(capture)
    let outcome = Result { try body() }
    fflush(nil)
    dup2(saved, STDOUT_FILENO)
    close(saved)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try outcome.get()
    return try String(contentsOfFile: path, encoding: .utf8)
}
