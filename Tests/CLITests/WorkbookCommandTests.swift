import Foundation
import XCTest

/// The workbook way in, end to end: template, validate, solve and check a workbook, and the same plan as the
/// folder it came from.
final class WorkbookCommandTests: XCTestCase {
    private func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    private func solve(_ instance: String) throws -> String {
        let plan = CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["solve", instance, "--out", plan, "--quiet"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let check = try CommandRunner.run(["check", instance, plan])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        return plan
    }

    private func assertSamePlan(_ first: String, _ second: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for name in ["cohorts.csv", "assignments.csv"] {
            XCTAssertEqual(contents(first + "/" + name), contents(second + "/" + name), name, file: file, line: line)
        }
        func hash(_ plan: String) throws -> String? {
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan + "/summary.json")))
            return (summary as? [String: Any])?["input_hash"] as? String
        }
        XCTAssertEqual(try hash(first), try hash(second), "input_hash", file: file, line: line)
    }

    func testTemplateFromAFolderSolvesToTheFoldersPlan() throws {
        let workbook = CommandRunner.temporaryDirectory() + "-甲县.xlsx"
        let written = try CommandRunner.run(["template", "--from", "instances/demo-county", "--out", workbook])
        XCTAssertEqual(written.status, 0, written.stderr)
        let validate = try CommandRunner.run(["validate", workbook])
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        XCTAssertTrue(validate.stdout.contains("教师：314 人"), validate.stdout)
        try assertSamePlan(try solve("instances/demo-county"), try solve(workbook))

        // And the workbook written from that workbook is the same instance again.
        let again = CommandRunner.temporaryDirectory() + ".xlsx"
        XCTAssertEqual(try CommandRunner.run(["template", "--from", workbook, "--out", again]).status, 0)
        let export = { (path: String) in try CommandRunner.run(["export", path, "--lp", CommandRunner.temporaryDirectory() + ".lp"]).stdout }
        XCTAssertEqual(try export(again), try export("instances/demo-county"))
    }

    func testAWorkbookSavedByLibreOfficeSolvesToTheFoldersPlan() throws {
        let workbook = "Tests/InstanceTests/Fixtures/workbooks/demo-county-libreoffice.xlsx"
        try assertSamePlan(try solve("instances/demo-county"), try solve(workbook))
    }

    func testEmptyTemplateIsWrittenOnceAndNamesWhatIsMissing() throws {
        let path = CommandRunner.temporaryDirectory() + "-模板.xlsx"
        XCTAssertEqual(try CommandRunner.run(["template", "--out", path]).status, 0)
        let original = contents(path)
        XCTAssertNotNil(original)

        let again = try CommandRunner.run(["template", "--out", path])
        XCTAssertEqual(again.status, 1, "a planner's filled-in workbook is never replaced unasked")
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        XCTAssertEqual(contents(path), original)

        let validate = try CommandRunner.run(["validate", path, "--lang", "en"])
        XCTAssertEqual(validate.status, 1)
        let text = validate.stdout + validate.stderr
        XCTAssertTrue(text.contains("sheet 设置, key \"calendar.start\": required key is missing"), text)
        XCTAssertTrue(text.contains("sheet 教师: no data rows"), text)
    }

    func testTemplateRefusesAnythingButXlsx() throws {
        let output = try CommandRunner.run(["template", "--out", CommandRunner.temporaryDirectory() + ".csv"])
        XCTAssertEqual(output.status, 2)
    }
}
