import TrainPlanCore
import XCTest

/// The progress lines `solve --progress-lines` writes are what `serve` reads back.
final class ProgressRecordTests: XCTestCase {
    func testALineRoundTripsAndOtherLinesAreIgnored() {
        let record = ProgressRecord(seconds: 12.5, incumbent: 49077.6, bound: nil, nodes: 311)
        XCTAssertEqual(ProgressRecord(line: record.line), record)
        XCTAssertNil(ProgressRecord(line: "GLPK Integer Optimizer 5.0"))
        XCTAssertNil(ProgressRecord(line: "progress: incumbent 1 bound 2"), "the decomposed path's notes are not records")
        XCTAssertNil(ProgressRecord(line: "progress seconds=nan incumbent=- bound=- nodes=0"))
        XCTAssertEqual(ProgressRecord(seconds: 1, incumbent: 110, bound: 100, nodes: 0).gap ?? 0, 10.0 / 110, accuracy: 1e-12)
    }
}
