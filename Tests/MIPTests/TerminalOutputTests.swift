@testable import GLPKSolver
import XCTest

final class TerminalOutputTests: XCTestCase {
    func testPiecesAreJoinedIntoLines() {
        let log = LineLog()
        let output = TerminalOutput(log: { log.append($0) })
        output.receive("Scal")
        output.receive("ing...\nDone\nPart")
        output.note("A note")
        output.flush()
        XCTAssertEqual(log.lines, ["Scaling...", "Done", "A note", "Part"])
    }

    func testRecentLinesAreKeptWithoutALog() {
        let output = TerminalOutput(log: nil)
        for index in 0..<20 { output.receive("line \(index)\n") }
        XCTAssertEqual(output.recentLines.count, 12)
        XCTAssertEqual(output.recentLines.last, "line 19")
    }
}
