import Foundation
import XCTest

/// End to end: the commands a planner types, on the shipped instances.
final class CommandLineTests: XCTestCase {
    func testValidateDemoPrintsChineseSummaryAndExitsZero() throws {
        let output = try CommandRunner.run(["validate", "instances/demo-county"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("教师：314 人"), output.stdout)
        XCTAssertTrue(output.stdout.contains("实例有效"), output.stdout)
    }

    func testValidateNamesFileRowAndColumnAndExitsOne() throws {
        let directory = CommandRunner.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent("instances/township-small").path,
                                         toPath: directory)
        let teachersPath = directory + "/teachers.csv"
        var lines = try String(contentsOfFile: teachersPath, encoding: .utf8).components(separatedBy: "\n")
        var cells = lines[1].components(separatedBy: ",")
        cells[2] = "NOPE"  // the school column of the first teacher
        lines[1] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: teachersPath, atomically: true, encoding: .utf8)

        let output = try CommandRunner.run(["validate", directory, "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        let text = output.stdout + output.stderr
        XCTAssertTrue(text.contains("teachers.csv row 2"), text)
        XCTAssertTrue(text.contains("\"NOPE\""), text)
    }

    /// A usage error exits 2; ArgumentParser's English message gets a Chinese line above it, unless `--lang en`.
    func testUsageErrorExitsTwoAndIsSaidInChinese() throws {
        let output = try CommandRunner.run(["solve"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.hasPrefix("用法错误：缺少参数 <instance>；"), output.stderr)
        let invalid = try CommandRunner.run(["solve", "x", "--out", "y", "--time-limit", "abc"])
        XCTAssertTrue(invalid.stderr.hasPrefix("用法错误：--time-limit <time-limit> 的取值“abc”无效；"), invalid.stderr)
        // The planner's own Chinese (or quote) inside the message does not hide the Chinese line.
        let extra = try CommandRunner.run(["solve", "甲县", "乙县", "--out", "x"])
        XCTAssertTrue(extra.stderr.hasPrefix("用法错误：多余的参数“乙县”"), extra.stderr)
        // This project's own usage errors are in Chinese already: no English "Error:" in front.
        let export = try CommandRunner.run(["export", "instances/demo-county"])
        XCTAssertEqual(export.status, 2)
        XCTAssertTrue(export.stderr.hasPrefix("用法错误：请给出 --mps 文件 或 --lp 文件\n"), export.stderr)
        let english = try CommandRunner.run(["solve", "x", "--out", "y", "--lang", "en", "--time-limit", "abc"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.stderr.hasPrefix("Error: The value 'abc' is invalid for '--time-limit <time-limit>'"), english.stderr)
    }

    func testSolveDemoIsOptimalAndPassesCheck() throws {
        let plan = CommandRunner.temporaryDirectory()
        let solve = try CommandRunner.run(["solve", "instances/demo-county", "--out", plan])
        XCTAssertEqual(solve.status, 0, solve.stderr)
        XCTAssertTrue(solve.stdout.contains("求解状态：最优"), solve.stdout)
        let check = try CommandRunner.run(["check", "instances/demo-county", plan])
        XCTAssertEqual(check.status, 0, check.stdout)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan + "/summary.json"))) as! [String: Any]
        XCTAssertEqual(summary["status"] as? String, "optimal")
        XCTAssertEqual(summary["objective"] as! Double, 49077.566541, accuracy: 1e-3)  // HiGHS agrees (benchmarks/README.md)
    }

    func testTwoSolvesWriteIdenticalPlans() throws {
        let first = CommandRunner.temporaryDirectory()
        let second = CommandRunner.temporaryDirectory()
        for plan in [first, second] {
            XCTAssertEqual(try CommandRunner.run(["solve", "instances/township-small", "--out", plan]).status, 0)
        }
        for file in ["cohorts.csv", "assignments.csv"] {
            XCTAssertEqual(FileManager.default.contents(atPath: first + "/" + file),
                           FileManager.default.contents(atPath: second + "/" + file), file)
        }
    }

    func testInvalidInstanceLeavesExistingPlanUntouched() throws {
        let plan = CommandRunner.temporaryDirectory()
        XCTAssertEqual(try CommandRunner.run(["solve", "instances/township-small", "--out", plan]).status, 0)
        let before = FileManager.default.contents(atPath: plan + "/assignments.csv")
        let broken = CommandRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
        let output = try CommandRunner.run(["solve", broken, "--out", plan])
        XCTAssertEqual(output.status, 1)
        XCTAssertEqual(FileManager.default.contents(atPath: plan + "/assignments.csv"), before)
    }

    func testSolveRefusesToReplaceAFolderThatIsNotAPlan() throws {
        let directory = CommandRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "keep me".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["solve", "instances/township-small", "--out", directory])
        XCTAssertNotEqual(output.status, 0)
        XCTAssertEqual(try String(contentsOfFile: directory + "/notes.txt", encoding: .utf8), "keep me")
    }
}
