/// Collects GLPK's terminal output (glp_term_hook) and this backend's own notes, passing whole
/// lines to `SolverOptions.log`. Keeps the last lines so a fatal error can quote them.
/// Used only on the session's thread.
final class TerminalOutput {
    private let log: (@Sendable (String) -> Void)?
    private var partialLine = ""
    private(set) var recentLines: [String] = []
    private let recentLineLimit = 12

    init(log: (@Sendable (String) -> Void)?) {
        self.log = log
    }

    /// GLPK hands over text in pieces that need not end at a line break.
    func receive(_ text: String) {
        partialLine += text
        while let lineBreak = partialLine.firstIndex(of: "\n") {
            emit(String(partialLine[..<lineBreak]))
            partialLine = String(partialLine[partialLine.index(after: lineBreak)...])
        }
    }

    /// A line of this backend's own, e.g. what became of a starting solution.
    func note(_ line: String) {
        emit(line)
    }

    /// Emits a trailing line without a line break, if any.
    func flush() {
        guard !partialLine.isEmpty else { return }
        emit(partialLine)
        partialLine = ""
    }

    private func emit(_ line: String) {
        recentLines.append(line)
        if recentLines.count > recentLineLimit { recentLines.removeFirst() }
        log?(line)
    }
}
