import Foundation
import MIP
import TrainPlanCore

/// A live status line on a terminal (elapsed, incumbent, bound, gap, nodes); silent when stderr is not a terminal.
final class ProgressLine: @unchecked Sendable {
    let isActive = isatty(STDERR_FILENO) != 0
    private let language: Language
    private let lock = NSLock()
    private var shown = false

    init(language: Language) { self.language = language }

    func show(_ progress: SolveProgress) {
        let incumbent = progress.incumbent.map { String(format: "%.1f", $0) } ?? "—"
        let bound = progress.bound.map { String(format: "%.1f", $0) } ?? "—"
        let gap = progress.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "—"
        let line = language.pick(
            String(format: "求解中 %6.1f s  当前最优 %@  下界 %@  差距 %@  节点 %d", progress.seconds, incumbent, bound, gap, progress.nodes),
            String(format: "solving %6.1f s  incumbent %@  bound %@  gap %@  nodes %d", progress.seconds, incumbent, bound, gap, progress.nodes)
        )
        lock.withLock {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            shown = true
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
