import Foundation
import MIP
import TrainPlanCore

/// `solve --progress-lines`: one `ProgressRecord` line on stderr at most every half second, for `serve`'s live chart.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lastWritten: Double = -.infinity
    private static let interval = 0.5

    func write(_ progress: SolveProgress) {
        lock.withLock {
            guard progress.seconds - lastWritten >= Self.interval else { return }
            lastWritten = progress.seconds
            FileHandle.standardError.write(Data((ProgressRecord(progress).line + "\n").utf8))
        }
    }
}
