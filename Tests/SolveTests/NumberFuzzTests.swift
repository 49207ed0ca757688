import Foundation
import GLPKSolver
import PlanCheck
import TestSupport
import TrainPlanCore
import XCTest

/// Every numeric column and key of a small instance, and of a scenario, set in turn to huge, negative, NaN,
/// infinite, hexadecimal and overflow-adjacent values: validation gives clean errors, and whatever it accepts
/// solves, fills greedily and exports to a valid plan or model, never a crash nor an internal message.
final class NumberFuzzTests: XCTestCase {
    static let township = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances/township-small")

    /// Values that broke the planner or could: Int64's edges and one past, Double's, NaN, inf, hex, the limits.
    static let values = [
        "9223372036854775807", "9223372036854775808", "1e308", "nan", "inf", "0x10", "10000001", "10000000",
        "1000000000", "-1", "0", "1e-320",
    ]

    /// Numeric headers in township-small's files (Chinese or English, as the files have them).
    static let numericHeaders: Set<String> = [
        "纬度", "经度", "最多外出", "周课时", "已修学时", "lat", "lon", "seats", "rooms", "max_cohorts", "cohort_cost", "次数",
        "每次天数", "间隔天数", "学时", "最少名额", "最多名额", "开班人数下限", "开班人数上限", "开班费用", "顶岗替代", "min", "max", "km",
    ]

    static let tomlKeys = ["weekly_periods", "max_away_share", "soft_away_share", "road_factor", "target_hours", "shortfall",
                           "teaching_day", "weekend_day", "holiday_day", "concentration", "km", "priority", "songjiao"]

    /// township-small plus a sub-quota and a distance, so that those files' columns are fuzzed too.
    private func baseFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.township.path) where name != "README.md" {
            files[name] = try String(contentsOf: Self.township.appendingPathComponent(name), encoding: .utf8)
        }
        files["quotas.csv"] = "program,scope,scope_id,min,max\nSJ01,school,L01,1,5\n"
        files["distances.csv"] = "school,site,km\nL01,C01,12\n"
        return files
    }

    func testEveryNumericCellAndKeyFailsCleanlyOrSolves() throws {
        let base = try baseFiles()
        var variants: [(String, [String: String])] = []
        for name in base.keys.sorted() where name.hasSuffix(".csv") {
            let table = try CSVTable(parsing: base[name]!)
            for (column, header) in table.header.enumerated() where Self.numericHeaders.contains(header) {
                for value in Self.values {
                    var rows = table.rows.map(\.cells)
                    rows[0][column] = value
                    var files = base
                    files[name] = CSVTable.render(header: table.header, rows: rows)
                    variants.append(("\(name) \(header)=\(value)", files))
                }
            }
        }
        for key in Self.tomlKeys {
            for value in Self.values {
                var files = base
                let lines = base["instance.toml"]!.components(separatedBy: "\n")
                files["instance.toml"] = lines.map { $0.hasPrefix("\(key) ") ? "\(key) = \(value)" : $0 }.joined(separator: "\n")
                XCTAssertNotEqual(files["instance.toml"], base["instance.toml"], key)
                variants.append(("instance.toml \(key)=\(value)", files))
            }
        }
        var solved = 0
        for (label, files) in variants {
            guard let instance = load(files, label) else { continue }
            solved += 1
            try assertPlansAndExports(instance, label)
        }
        XCTAssertGreaterThan(solved, 0)
        XCTAssertLessThan(solved, variants.count)
    }

    func testEveryNumericScenarioKeyFailsCleanlyOrSolves() throws {
        let base = try XCTUnwrap(load(try baseFiles(), "base"))
        let keys = [
            ("[programs.SJ01]", ["quota_min", "quota_max", "days", "sessions", "gap_days"]),
            ("[sites.C01]", ["seats", "rooms", "max_cohorts"]),
            ("[weights]", ["km", "shortfall", "teaching_day"]),
            ("[teams]", ["songjiao"]),
            ("[[sub_quotas]]\nprogram = \"SJ01\"\nscope_id = \"L01\"", ["min", "max"]),
        ]
        var read = 0
        for (table, names) in keys {
            for name in names {
                for value in Self.values {
                    let label = "scenario \(table) \(name)=\(value)"
                    let text = "\(table)\n\(name) = \(value)\n"
                    let scenario: Scenario
                    do {
                        scenario = try ScenarioReader.read(text: text, file: "fuzz.toml", base: base)
                    } catch {
                        assertClean(error.issues.map { $0.message(.en) } + error.issues.map { $0.message(.zh) }, label)
                        continue
                    }
                    read += 1
                    try assertPlansAndExports(scenario.apply(to: base), label)
                }
            }
        }
        XCTAssertGreaterThan(read, 0)
    }

    /// One folder for every variant: only files that differ from the last variant's are written again.
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-fuzz-\(UUID().uuidString)")
    private var written: [String: String] = [:]

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Loads the files; nil (after checking the messages) when validation rejects them.
    private func load(_ files: [String: String], _ label: String) -> Instance? {
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files where written[name] != text {
            try! text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            written[name] = text
        }
        do {
            return try InstanceLoader.load(directory: folder.path).instance
        } catch {
            XCTAssertFalse(error.errors.isEmpty, label)
            assertClean(error.issues.map { $0.message(.en) } + error.issues.map { $0.message(.zh) }, label)
            return nil
        }
    }

    /// A short solve, the greedy plan and the LP export of an accepted instance: valid plans, no error.
    private func assertPlansAndExports(_ instance: Instance, _ label: String) throws {
        var options = PlanningOptions()
        options.timeLimit = 1
        do {
            let checked = try SolveAndCheck.run(instance, options: options)
            XCTAssertTrue(checked.report.isValid, "\(label): \(checked.report.violations.map { $0.message(.en) })")
            XCTAssertNotEqual(checked.result.status, .error, label)
            XCTAssertTrue(checked.result.objective.isFinite, label)
        } catch {
            XCTFail("\(label): solve threw \(error)")
        }
        let greedy = PlanResult.heuristic(instance: instance, plan: GreedyPlanner(instance: instance).plan(), seconds: 0,
                                          solverName: "fuzz")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try PlanWriter(instance: instance).write(greedy, to: directory)
        let report = PlanChecker(instance: instance).check(planDirectory: directory)
        XCTAssertTrue(report.isValid, "\(label): greedy \(report.violations.map { $0.message(.en) })")
        let lp = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-fuzz-\(UUID().uuidString).lp").path
        defer { try? FileManager.default.removeItem(atPath: lp) }
        XCTAssertNoThrow(try GLPKSolver().writeLP(ModelBuilder(instance: instance).build().mip, to: lp), label)
    }

    /// Messages name no internal variable and echo nothing long.
    private func assertClean(_ messages: [String], _ label: String) {
        XCTAssertFalse(messages.isEmpty, label)
        for message in messages {
            XCTAssertNil(message.range(of: #"\bx\d+_\d+\b"#, options: .regularExpression), "\(label): \(message)")
            XCTAssertLessThan(message.count, 400, "\(label): \(message)")
        }
    }
}
