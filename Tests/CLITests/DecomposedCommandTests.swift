import Foundation
import XCTest

/// The decomposed path end to end, forced on the demo with `--tune`: the plan fills every quota, passes the
/// checker and comes within 1 % of the optimum the whole model proves (49,077.57).
final class DecomposedCommandTests: XCTestCase {
    func testDecomposedDemoFillsEveryQuotaAndPassesCheck() throws {
        let plan = CommandRunner.temporaryDirectory()
        let solve = try CommandRunner.run([
            "solve", "instances/demo-county", "--out", plan, "--time-limit", "30", "--tune", "whole_model_column_limit=0", "--quiet",
        ])
        XCTAssertEqual(solve.status, 0, solve.stderr)
        let check = try CommandRunner.run(["check", "instances/demo-county", plan])
        XCTAssertEqual(check.status, 0, check.stdout)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan + "/summary.json"))) as! [String: Any]
        let kpis = summary["kpis"] as! [String: Any]
        XCTAssertEqual(kpis["shortfall_total"] as? Int, 0)
        XCTAssertLessThanOrEqual(summary["objective"] as! Double, 49077.57 * 1.01)
        XCTAssertGreaterThanOrEqual(summary["bound"] as! Double, 49077.57 * 0.99)
        XCTAssertEqual((summary["options"] as? [String: String])?["tune.whole_model_column_limit"], "0")
    }

    func testUnknownOrOutOfRangeTunableIsAUsageError() throws {
        let unknown = try CommandRunner.run(["solve", "instances/demo-county", "--out", CommandRunner.temporaryDirectory(), "--tune", "speed=11"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("pair_column_limit"), unknown.stderr)
        let outside = try CommandRunner.run(["solve", "instances/demo-county", "--out", CommandRunner.temporaryDirectory(),
                                             "--tune", "construction_share=1.5"])
        XCTAssertEqual(outside.status, 2)
        XCTAssertTrue(outside.stderr.contains("construction_share"), outside.stderr)
    }
}
