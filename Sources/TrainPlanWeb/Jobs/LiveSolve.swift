import Foundation
import TrainPlanCore

/// What a running solve has said so far: its progress records and the last lines of its log. Written by the
/// thread that reads the child's stderr, read by the API and the event stream.
final class LiveSolve: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [ProgressRecord] = []
    private var tail: [String] = []
    /// At most this many records are kept (the chart thins them out beyond that).
    private static let maxRecords = 2000
    private static let tailLines = 8

    var progress: [ProgressRecord] { lock.withLock { records } }
    var lastLines: [String] { lock.withLock { tail } }

    func consume(_ line: String) {
        lock.withLock {
            if let record = ProgressRecord(line: line) {
                if records.count >= Self.maxRecords { records.remove(at: records.count / 2) }
                records.append(record)
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                tail.append(line)
                if tail.count > Self.tailLines { tail.removeFirst() }
            }
        }
    }
}
