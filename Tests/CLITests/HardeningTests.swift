import Foundation
import TrainPlanCore
import XCTest

/// Issue 12 end to end: no user file is lost, bad options are usage errors, limits are held, messages are short.
final class HardeningTests: XCTestCase {
    private let instance = "instances/township-small"

    private func folder(_ files: [String: String] = [:]) throws -> String {
        let path = CommandRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    private func plan() throws -> String {
        let path = CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["greedy", instance, "--out", path, "--quiet"])
        XCTAssertEqual(output.status, 0, output.stderr)
        return path
    }

    // MARK: Lost data

    func testARegularFileGivenAsOutIsRefusedAndKept() throws {
        let plan = try plan()
        let commands: [[String]] = [
            ["solve", instance, "--time-limit", "5"], ["greedy", instance], ["report", instance, plan],
            ["frontier", instance, "--program", "SJ01", "--from", "26", "--to", "27"],
            ["replan", instance, plan, "--drop", "L001"],
        ]
        for command in commands {
            let file = CommandRunner.temporaryDirectory()
            try "data".write(toFile: file, atomically: true, encoding: .utf8)
            let output = try CommandRunner.run(command + ["--out", file, "--lang", "en"])
            XCTAssertEqual(output.status, 1, "\(command[0]): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("it is a file (or a link), not a folder"), "\(command[0]): \(output.stderr)")
            XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "data", command[0])
        }
    }

    func testAnOutFolderUnderARegularFileIsRefusedBeforeSolving() throws {
        let file = CommandRunner.temporaryDirectory()
        try "data".write(toFile: file, atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["solve", instance, "--out", file + "/plans/p", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stdout)
        XCTAssertTrue(output.stderr.contains("refusing to replace \"\(Echo.value(file))\": it is a file (or a link), not a folder"), output.stderr)
        XCTAssertFalse(output.stderr.contains("NSCocoaErrorDomain"), output.stderr)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "data")
    }

    func testControlCharacterInADistrictIsAnError() throws {
        let copy = try copyOfInstance()
        try edit(copy + "/schools.csv") { $0.replacingOccurrences(of: "L01,龙坪乡中心小学,龙坪,", with: "L01,龙坪乡中心小学,龙\u{1B}]0;坪,") }
        let output = try CommandRunner.run(["validate", copy, "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        XCTAssertFalse((output.stdout + output.stderr).unicodeScalars.contains { $0.value == 0x1B }, output.stdout)
        XCTAssertTrue(output.stdout.contains("holds a control character"), output.stdout)
    }

    func testAFolderHoldingSummaryJSONAndAUserFileIsRefused() throws {
        let out = try folder(["summary.json": "{}", "keep.txt": "mine"])
        let output = try CommandRunner.run(["solve", instance, "--out", out, "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("trainplan did not write it"), output.stderr)
        XCTAssertEqual(try String(contentsOfFile: out + "/keep.txt", encoding: .utf8), "mine")
    }

    /// A plan folder trainplan wrote, where the planner then saved a note, a folder of their own and a
    /// report: solving into it again would have deleted them. It is refused, naming them, and nothing is lost;
    /// an Office lock file or a hidden file alone does not stop it.
    func testAPlanFolderWhereThePlannerSavedFilesIsNotReplaced() throws {
        let plan = try plan()
        try "批注".write(toFile: plan + "/领导批示.docx", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: plan + "/手工备份", withIntermediateDirectories: true)
        try "old".write(toFile: plan + "/手工备份/cohorts.csv", atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandRunner.run(["report", instance, plan, "--out", plan + "/报表"]).status, 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: plan).sorted()

        let output = try CommandRunner.run(["solve", instance, "--out", plan])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("其中有 3 个不是 trainplan 写出的文件或文件夹（手工备份、报表、领导批示.docx）"), output.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: plan).sorted(), before)
        XCTAssertEqual(try String(contentsOfFile: plan + "/手工备份/cohorts.csv", encoding: .utf8), "old")
        XCTAssertEqual(try CommandRunner.run(["check", instance, plan]).status, 0, "the plan itself is untouched")

        for name in ["领导批示.docx", "手工备份", "报表"] { try FileManager.default.removeItem(atPath: plan + "/" + name) }
        try "lock".write(toFile: plan + "/~$workbook.xlsx", atomically: true, encoding: .utf8)
        try "x".write(toFile: plan + "/.DS_Store", atomically: true, encoding: .utf8)
        let again = try CommandRunner.run(["solve", instance, "--out", plan, "--quiet"])
        XCTAssertEqual(again.status, 0, again.stderr)
    }

    /// A folder an older version marked with its kind alone is replaced only when it holds what that version
    /// wrote; a hidden folder of the planner's (.git) is named once, not file by file; Finder's and Office's
    /// leftovers do not count.
    func testOlderMarkersAndHiddenFoldersKeepThePlannersFiles() throws {
        let plan = try plan()
        try "plan\n".write(toFile: plan + "/.trainplan", atomically: true, encoding: .utf8)
        try "批注".write(toFile: plan + "/批示.docx", atomically: true, encoding: .utf8)
        let older = try CommandRunner.run(["greedy", instance, "--out", plan, "--force", "--lang", "en"])
        XCTAssertEqual(older.status, 1, older.stderr)
        XCTAssertTrue(older.stderr.contains("(批示.docx)"), older.stderr)
        try FileManager.default.removeItem(atPath: plan + "/批示.docx")
        let rewritten = try CommandRunner.run(["greedy", instance, "--out", plan, "--force", "--quiet"])
        XCTAssertEqual(rewritten.status, 0, "what the older version wrote is replaced: \(rewritten.stderr)")

        try FileManager.default.createDirectory(atPath: plan + "/.git/objects", withIntermediateDirectories: true)
        try "ref".write(toFile: plan + "/.git/HEAD", atomically: true, encoding: .utf8)
        try "x".write(toFile: plan + "/.DS_Store", atomically: true, encoding: .utf8)
        let hidden = try CommandRunner.run(["greedy", instance, "--out", plan, "--force", "--lang", "en"])
        XCTAssertEqual(hidden.status, 1, hidden.stderr)
        XCTAssertTrue(hidden.stderr.contains("holds 1 file(s) or folder(s) trainplan did not write (.git)"), hidden.stderr)
    }

    /// `solve --report` inside `--out` worked once, then every re-run refused the plan folder (the report is
    /// not the plan's): it is refused before solving, as the same folder is.
    func testAReportInsideThePlanFolderIsRefusedBeforeSolving() throws {
        let out = CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["solve", instance, "--out", out, "--report", out + "/报表", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("--report must be neither the --out plan folder"), output.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    /// A teacher whose leave the planner entered in teachers.csv breaks H1 in the published plan: that is why
    /// they re-plan, and `replan --drop` takes it (the rest of the plan keeps the rules).
    func testReplanTakesAPlanBrokenOnlyByTheTeachersItMoves() throws {
        let plan = try plan()
        let copy = try copyOfInstance()
        try edit(copy + "/teachers.csv") { $0.replacingOccurrences(of: "L001,孙建,L01,小学,语文,校长,8,10,", with: "L001,孙建,L01,小学,语文,校长,8,10,2026-09-01..2027-01-31") }
        let checked = try CommandRunner.run(["check", copy, plan])
        XCTAssertEqual(checked.status, 1, "the plan breaks H1 for L001 now")
        let out = CommandRunner.temporaryDirectory()
        let replanned = try CommandRunner.run(["replan", copy, plan, "--drop", "L001", "--out", out, "--time-limit", "5"])
        XCTAssertEqual(replanned.status, 0, replanned.stderr)
        XCTAssertEqual(try CommandRunner.run(["check", copy, out]).status, 0, "the new plan keeps every rule")
    }

    func testAPlanFolderTrainplanWroteIsReplacedAndMarked() throws {
        let plan = try plan()
        XCTAssertEqual(try String(contentsOfFile: plan + "/.trainplan", encoding: .utf8),
                       "plan\nassignments.csv\ncohorts.csv\nsummary.json\n", "its kind, then every file it wrote")
        let again = try CommandRunner.run(["solve", instance, "--out", plan, "--quiet"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let check = try CommandRunner.run(["check", instance, plan])
        XCTAssertEqual(check.status, 0, check.stdout)
        // A report folder is not a plan folder.
        let report = CommandRunner.temporaryDirectory()
        XCTAssertEqual(try CommandRunner.run(["report", instance, plan, "--out", report]).status, 0)
        XCTAssertEqual(try CommandRunner.run(["greedy", instance, "--out", report, "--quiet"]).status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: report + "/report.html"))
    }

    func testABetterPlanOfTheSameInstanceIsKeptUnlessForced() throws {
        let plan = CommandRunner.temporaryDirectory()
        let solved = try CommandRunner.run(["solve", instance, "--out", plan, "--quiet"])
        XCTAssertEqual(solved.status, 0, solved.stderr)
        let best = try String(contentsOfFile: plan + "/summary.json", encoding: .utf8)
        // The greedy baseline (a hand-made plan) costs more than the optimum: the optimum stays.
        let greedy = try CommandRunner.run(["greedy", instance, "--out", plan, "--lang", "en"])
        XCTAssertEqual(greedy.status, 0, greedy.stderr)
        XCTAssertTrue(greedy.stderr.contains("already holds a better plan of the same instance"), greedy.stderr)
        XCTAssertFalse(greedy.stdout.contains("Plan written"), greedy.stdout)
        XCTAssertEqual(try String(contentsOfFile: plan + "/summary.json", encoding: .utf8), best)
        XCTAssertEqual(try CommandRunner.run(["check", instance, plan]).status, 0)
        // Asked for, it replaces it.
        XCTAssertEqual(try CommandRunner.run(["greedy", instance, "--out", plan, "--force", "--quiet"]).status, 0)
        XCTAssertNotEqual(try String(contentsOfFile: plan + "/summary.json", encoding: .utf8), best)
        XCTAssertEqual(try CommandRunner.run(["check", instance, plan]).status, 0)
    }

    func testTemplateNeverReplacesAFolderEvenWithForce() throws {
        let folder = try folder(["notes.txt": "keep"])
        let named = folder + ".xlsx"
        try FileManager.default.moveItem(atPath: folder, toPath: named)
        let output = try CommandRunner.run(["template", "--out", named, "--force", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stdout)
        XCTAssertTrue(output.stderr.contains("is a folder and is not replaced"), output.stderr)
        XCTAssertEqual(try String(contentsOfFile: named + "/notes.txt", encoding: .utf8), "keep")
    }

    func testReportInThePlanFolderIsRefusedBeforeSolving() throws {
        let plan = CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["solve", instance, "--out", plan, "--report", plan + "/.", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stdout)
        XCTAssertTrue(output.stderr.contains("--report must be neither the --out plan folder"), output.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: plan), "nothing is solved nor written")
    }

    func testWhatIfOutIsCheckedBeforeSolving() throws {
        let out = try folder(["comparison.html": "mine", "keep.txt": "mine"])
        let scenario = try folder(["more.toml": "[programs.SJ01]\nquota_min = 27\n"]) + "/more.toml"
        let output = try CommandRunner.run(["whatif", instance, scenario, "--out", out, "--time-limit", "5", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertEqual(try String(contentsOfFile: out + "/comparison.html", encoding: .utf8), "mine")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(), ["comparison.html", "keep.txt"])
    }

    func testWhatIfWritesOneMarkedFolderAndReplacesItNextTime() throws {
        let out = CommandRunner.temporaryDirectory()
        let scenario = try folder(["more.toml": "[programs.SJ01]\nquota_min = 27\n"]) + "/more.toml"
        for _ in 0..<2 {
            let output = try CommandRunner.run(["whatif", instance, scenario, "--out", out, "--time-limit", "5", "--diagnosis-time", "0"])
            XCTAssertEqual(output.status, 0, output.stderr)
        }
        XCTAssertTrue(try String(contentsOfFile: out + "/.trainplan", encoding: .utf8).hasPrefix("whatif\nbase/.trainplan\nbase/assignments.csv\n"))
        XCTAssertEqual(try String(contentsOfFile: out + "/base/.trainplan", encoding: .utf8), "plan\nassignments.csv\ncohorts.csv\nsummary.json\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/comparison-kpis.csv"))
        let check = try CommandRunner.run(["check", instance, out + "/base"])
        XCTAssertEqual(check.status, 0, check.stdout)
    }

    func testReplanRefusesToReplaceThePlanItReads() throws {
        let plan = try plan()
        let before = FileManager.default.contents(atPath: plan + "/assignments.csv")
        let output = try CommandRunner.run(["replan", instance, plan, "--drop", "L001", "--out", plan + "/", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("must not be the published plan"), output.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: plan + "/assignments.csv"), before)
    }

    func testFoldersLeftByAKilledRunAreCleanedUp() throws {
        let parent = try folder()
        let dead = try deadProcessID()
        let staging = parent + "/.plan.writing-\(dead)"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try "half".write(toFile: staging + "/cohorts.csv", atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandRunner.run(["greedy", instance, "--out", parent + "/plan", "--quiet"]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent), ["plan"])
    }

    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    // MARK: Options and limits

    func testNonFiniteOrNegativeTimeLimitIsAUsageError() throws {
        for value in ["inf", "nan", "-1", "1e300"] {
            let output = try CommandRunner.run(["solve", instance, "--out", CommandRunner.temporaryDirectory(), "--time-limit=\(value)"])
            XCTAssertEqual(output.status, 2, "\(value): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("--time-limit 须为大于 0 至 1000000 之间的秒数"), output.stderr)
        }
        let english = try CommandRunner.run(["solve", instance, "--out", CommandRunner.temporaryDirectory(), "--time-limit=0", "--lang", "en"])
        XCTAssertEqual(english.status, 2, english.stderr)
        XCTAssertTrue(english.stderr.contains("--time-limit must be a number of seconds"), english.stderr)
    }

    func testABadTunableIsNamedInChineseByDefault() throws {
        let unknown = try CommandRunner.run(["solve", instance, "--out", CommandRunner.temporaryDirectory(), "--tune", "foo=1"])
        XCTAssertEqual(unknown.status, 2, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("未知的搜索参数“foo”；可用："), unknown.stderr)
        let outOfRange = try CommandRunner.run(["solve", instance, "--out", CommandRunner.temporaryDirectory(),
                                                "--tune", "multiplier_rounds=-1"])
        XCTAssertEqual(outOfRange.status, 2, outOfRange.stderr)
        XCTAssertTrue(outOfRange.stderr.contains("multiplier_rounds（subgradient rounds of the bound）须为 0...100 之间的整数"),
                      outOfRange.stderr)
    }

    func testFrontierLevelsAreCappedAndStepsNearIntMaxAreRefused() throws {
        let out = CommandRunner.temporaryDirectory()
        let many = try CommandRunner.run(["frontier", instance, "--program", "SJ01", "--from", "0", "--to", "10000000",
                                          "--step", "1", "--out", out, "--lang", "en"])
        XCTAssertEqual(many.status, 2, many.stderr)
        XCTAssertTrue(many.stderr.contains("too many quota levels: 10000001"), many.stderr)
        let huge = try CommandRunner.run(["frontier", instance, "--program", "SJ01", "--step", String(Int64.max), "--out", out])
        XCTAssertEqual(huge.status, 2, huge.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testOneCtrlCStopsTheFrontierAndWritesTheLevelsDone() throws {
        let out = CommandRunner.temporaryDirectory()
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["frontier", instance, "--program", "SJ01", "--from", "0", "--to", "99", "--step", "1",
                             "--diagnosis-time", "0", "--out", out]
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 3)
        process.interrupt()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let rows = try String(contentsOfFile: out + "/frontier.csv", encoding: .utf8).split(separator: "\n")
        XCTAssertGreaterThan(rows.count, 1)
        XCTAssertLessThan(rows.count, 101, "all 100 levels were solved after Ctrl-C")
    }

    func testSummaryRecordsTheLimitTheUserGave() throws {
        let plan = CommandRunner.temporaryDirectory()
        XCTAssertEqual(try CommandRunner.run(["solve", instance, "--out", plan, "--time-limit", "7", "--quiet"]).status, 0)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan + "/summary.json"))) as! [String: Any]
        XCTAssertEqual((summary["options"] as? [String: String])?["time_limit"], "7.0")
    }

    // MARK: Bad input, clean errors

    func testHugeGapDaysIsAValidationErrorNotACrash() throws {
        let copy = try copyOfInstance()
        try edit(copy + "/programs.csv") { $0.replacingOccurrences(of: ",4,2,14,", with: ",4,2,9223372036854775807,") }
        for command in [["validate", copy], ["solve", copy, "--out", CommandRunner.temporaryDirectory()],
                        ["greedy", copy, "--out", CommandRunner.temporaryDirectory()]] {
            let output = try CommandRunner.run(command + ["--lang", "en"])
            XCTAssertEqual(output.status, 1, "\(command[0]): \(output.stderr)")
            XCTAssertTrue((output.stdout + output.stderr).contains("programs.csv row 2, column \"间隔天数\": \"9223372036854775807\" is too large"),
                          "\(command[0]): \(output.stdout + output.stderr)")
        }
    }

    func testHugeWeightNeverShowsAnInternalVariableName() throws {
        let copy = try copyOfInstance()
        try edit(copy + "/instance.toml") { $0.replacingOccurrences(of: "km = 1\n", with: "km = 1e308\n") }
        let output = try CommandRunner.run(["solve", copy, "--out", CommandRunner.temporaryDirectory(), "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("instance.toml, key \"weights.km\""), output.stderr)
        XCTAssertFalse(output.stderr.contains("x0_"), output.stderr)
    }

    func testMissingInstanceFolderIsSaidSo() throws {
        let output = try CommandRunner.run(["validate", "/nonexistent/county", "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue((output.stdout + output.stderr).contains("the instance folder does not exist"), output.stdout + output.stderr)
    }

    /// `replan` takes only a published plan that keeps the instance's rules, `--drop` ids of teachers who hold
    /// a seat, and a changes file whose dates column it knows: before, each was taken, and it wrote a plan
    /// `check` rejects, changed nothing, or withdrew a teacher completely where the planner meant some dates.
    func testReplanRefusesABrokenPlanAnUnseatedDropoutAndAnUnknownDatesColumn() throws {
        let plan = try plan()
        let ids = { (text: String) in text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) } }
        let seated = Set(ids(try String(contentsOfFile: plan + "/assignments.csv", encoding: .utf8)))
        let teachers = ids(try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(instance + "/teachers.csv"), encoding: .utf8))
        let unseated = try XCTUnwrap(teachers.first { !seated.contains($0) })
        let drop = try CommandRunner.run(["replan", instance, plan, "--drop", unseated, "--out", CommandRunner.temporaryDirectory(), "--lang", "en"])
        XCTAssertEqual(drop.status, 1, drop.stderr)
        XCTAssertTrue(drop.stderr.contains("--drop: not a teacher of the published plan: \(unseated)"), drop.stderr)

        let files = try folder(["dates.csv": "工号,日期\nL001,2026-10-12\n"])
        let renamed = try CommandRunner.run(["replan", instance, plan, "--changes", files + "/dates.csv", "--out",
                                             CommandRunner.temporaryDirectory(), "--lang", "en"])
        XCTAssertEqual(renamed.status, 1, renamed.stderr)
        XCTAssertTrue(renamed.stderr.contains("row 1: column \"日期\" holds dates, but the dates column must be named"), renamed.stderr)
        // A column of names beside the ids is the planner's note: those teachers withdraw completely.
        let named = try folder(["named.csv": "工号,姓名\nL001,孙建\n"])
        let withdrawn = try CommandRunner.run(["replan", instance, plan, "--changes", named + "/named.csv", "--out",
                                               CommandRunner.temporaryDirectory(), "--time-limit", "5"])
        XCTAssertEqual(withdrawn.status, 0, withdrawn.stderr)

        try blankFirstCohortsDates(in: plan)
        let out = CommandRunner.temporaryDirectory()
        let broken = try CommandRunner.run(["replan", instance, plan, "--drop", "L001", "--out", out])
        XCTAssertEqual(broken.status, 1, broken.stderr)
        XCTAssertTrue(broken.stderr.contains("不符合此实例的规定"), broken.stderr)
        XCTAssertTrue(broken.stderr.contains("[日程]"), broken.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written")
    }

    /// `report` still writes the reports of a plan that breaks the rules (a draft), but says so first: its
    /// notices would tell a school a 3-day course is online.
    func testReportWarnsOfAPlanThatBreaksTheRules() throws {
        let plan = try plan()
        try blankFirstCohortsDates(in: plan)
        let out = CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["report", instance, plan, "--out", out])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stderr.hasPrefix("警告：计划不符合此实例的规定（1 处），据它生成的通知可能有误"), output.stderr)
        XCTAssertTrue(output.stderr.contains("[日程]"), output.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/report.html"))
    }

    /// A teacher "moved" by editing the site in assignments.csv is not moved: the notices follow cohorts.csv,
    /// and `report` says so, naming the row (as `check` notes it), before writing them.
    func testReportNotesAssignmentsThatDisagreeWithTheirCohorts() throws {
        let plan = try plan()
        var site = ""
        try edit(plan + "/assignments.csv") { text in
            var lines = text.components(separatedBy: "\n")
            let header = lines[0].components(separatedBy: ",")
            guard let column = header.firstIndex(of: "site") else { return text }
            var fields = lines[1].components(separatedBy: ",")
            site = fields[column]
            fields[column] = "ELSEWHERE"
            lines[1] = fields.joined(separator: ",")
            return lines.joined(separator: "\n")
        }
        let out = CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["report", instance, plan, "--out", out])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stderr.hasPrefix("提示：assignments.csv 有 1 处与 cohorts.csv 不一致，报告和通知以 cohorts.csv 为准："), output.stderr)
        XCTAssertTrue(output.stderr.contains("[提示] assignments.csv 第 2 行") && output.stderr.contains("ELSEWHERE")
                      && output.stderr.contains(site), output.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/report.html"))
    }

    /// validate's last line counts in English as a reader would ("1 error", not "1 errors").
    func testValidateCountsItsErrorsInPlainEnglish() throws {
        let copy = try copyOfInstance()
        try blankFirstRowCell(copy + "/teachers.csv", column: 0)
        let output = try CommandRunner.run(["validate", copy, "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.contains("Invalid instance: 1 error, 0 warnings"), output.stdout)
    }

    /// A folder that cannot be made is named with the reason, in the planner's language, not as Foundation's
    /// "Error Domain=NSCocoaErrorDomain Code=4".
    func testAnOutputFolderThatCannotBeWrittenIsNamedWithTheReason() throws {
        let output = try CommandRunner.run(["greedy", instance, "--out", "/proc/trainplan-test/plan"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertEqual(output.stderr, "无法写入“/proc/trainplan-test”：该路径不存在，也无法创建。没有写入任何文件（已有的输出文件夹保持不变）；请换一个输出文件夹\n")
    }

    func testChangesFileProblemsAreNamedAndListsAreShort() throws {
        let plan = try plan()
        let files = try folder([
            "quote.csv": "teacher,unavailable\n\"L001,2026-10-12\n",
            "many.csv": "teacher\n" + (0..<1000).map { "NOBODY\($0)" }.joined(separator: "\n") + "\n",
            "outside.csv": "teacher,unavailable\nL001,2030-01-01\n",
        ])
        let quote = try CommandRunner.run(["replan", instance, plan, "--changes", files + "/quote.csv", "--out",
                                           CommandRunner.temporaryDirectory(), "--lang", "en"])
        XCTAssertEqual(quote.status, 1)
        XCTAssertTrue(quote.stderr.contains("a quoted cell is never closed"), quote.stderr)
        let many = try CommandRunner.run(["replan", instance, plan, "--changes", files + "/many.csv", "--out",
                                          CommandRunner.temporaryDirectory(), "--lang", "en"])
        XCTAssertEqual(many.status, 1)
        // Each bad row at its row and column, the first twenty of them, then how many more.
        XCTAssertEqual(many.stderr.split(separator: "\n").count, 21, many.stderr)
        XCTAssertTrue(many.stderr.contains("row 2, column \"teacher\": unknown teacher \"NOBODY0\""), many.stderr)
        XCTAssertTrue(many.stderr.hasSuffix("… and 980 more problems\n"), many.stderr)
        let outside = try CommandRunner.run(["replan", instance, plan, "--changes", files + "/outside.csv", "--out",
                                             CommandRunner.temporaryDirectory(), "--lang", "en", "--time-limit", "5"])
        XCTAssertEqual(outside.status, 0, outside.stderr)
        XCTAssertTrue(outside.stderr.contains("row 2: date \"2030-01-01\" lies outside the horizon"), outside.stderr)
    }

    /// Appends `rows` (teacher, cohort; nil: the cohort of assignments.csv's first row) to a plan's assignments.csv, as a
    /// planner editing it by hand would; returns the row number of the first.
    private func appendAssignments(to plan: String, _ rows: [(teacher: String, cohort: String?)]) throws -> Int {
        let assignments = plan + "/assignments.csv"
        let text = try String(contentsOfFile: assignments, encoding: .utf8)
        let firstCohort = String(text.split(separator: "\n")[1].split(separator: ",")[1])
        let added = rows.map { "\($0.teacher),\($0.cohort ?? firstCohort)\n" }.joined()
        try (text + added).write(toFile: assignments, atomically: true, encoding: .utf8)
        return text.split(separator: "\n").count + 1
    }

    /// `replan` reads the plan folder and the changes file before it says anything: the problems of both are
    /// listed at once.
    func testReplanListsThePlanFoldersAndTheChangesFilesProblemsTogether() throws {
        let plan = try plan()
        let rows = try appendAssignments(to: plan, [("NOBODY1", nil)])
        let files = try folder(["changes.csv": "teacher\nNOBODY9\n"])
        let output = try CommandRunner.run(["replan", instance, plan, "--changes", files + "/changes.csv", "--out",
                                            CommandRunner.temporaryDirectory(), "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("assignments.csv row \(rows), column \"teacher\": "), output.stderr)
        XCTAssertTrue(output.stderr.contains("NOBODY1"), output.stderr)
        XCTAssertTrue(output.stderr.contains("row 2, column \"teacher\": unknown teacher \"NOBODY9\""), output.stderr)
    }

    /// `check` tags each problem with its rule's code and name in the planner's language; `report` on a
    /// hand-edited plan lists every bad row at once.
    func testCheckAndReportNameTheRuleAndEveryBadRow() throws {
        let plan = try plan()
        let rows = try appendAssignments(to: plan, [("NOBODY1", nil), ("NOBODY2", "NO-COHORT")])
        let check = try CommandRunner.run(["check", instance, plan])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("[结构] assignments.csv 第 \(rows) 行 \"teacher\" 列："), check.stdout)
        let english = try CommandRunner.run(["check", instance, plan, "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("[structure] assignments.csv row \(rows), column \"teacher\": "), english.stdout)
        let report = try CommandRunner.run(["report", instance, plan, "--out", CommandRunner.temporaryDirectory()])
        XCTAssertEqual(report.status, 1)
        XCTAssertEqual(report.stderr.split(separator: "\n"), [
            "assignments.csv 第 \(rows) 行 \"teacher\" 列：实例中没有教师“NOBODY1”",
            "assignments.csv 第 \(rows + 1) 行 \"teacher\" 列：实例中没有教师“NOBODY2”",
            "assignments.csv 第 \(rows + 1) 行 \"cohort\" 列：cohorts.csv 中没有班次“NO-COHORT”",
        ], report.stderr)
    }

    /// `user add` speaks the planner's language, and a data folder that is a file is said so, not a crash or
    /// Foundation's bare sentence.
    func testUserAddNamesAnUnusableDataFolder() throws {
        let files = try folder(["afile.txt": "mine"])
        let refused = try CommandRunner.run(["user", "add", "wang", "--role", "planner", "--data", files + "/afile.txt"],
                                            input: "a long password\n")
        XCTAssertEqual(refused.status, 1, refused.stderr)
        // A path is quoted back up to `Echo.limit` characters (a long TMPDIR cuts it).
        XCTAssertEqual(refused.stderr, "数据文件夹“\(Echo.value(files + "/afile.txt"))”无法使用（它或它的上级是一个文件，不是文件夹）：请给出 serve 所用的数据文件夹\n")
        let under = try CommandRunner.run(["user", "add", "wang", "--role", "planner", "--data", files + "/afile.txt/data", "--lang", "en"],
                                          input: "a long password\n")
        XCTAssertEqual(under.stderr, "the data folder \"\(Echo.value(files + "/afile.txt/data"))\" cannot be used (it or a parent of it is a file, not a folder): give the data folder of `serve`\n")
        XCTAssertEqual(try String(contentsOfFile: files + "/afile.txt", encoding: .utf8), "mine")
        let short = try CommandRunner.run(["user", "add", "wang", "--role", "planner", "--data", files + "/data"], input: "short\n")
        XCTAssertEqual(short.status, 1)
        XCTAssertEqual(short.stderr, "密码至少 8 个字符\n")
        let saved = try CommandRunner.run(["user", "add", "wang", "--role", "planner", "--data", files + "/data"], input: "a long password\n")
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertEqual(saved.stdout, "已保存用户 wang（planner），数据文件夹 \(files)/data\n")
    }

    func testFormulaLikeNamesAreNeutralisedInHumanCSVsButExactInThePlan() throws {
        let copy = try copyOfInstance()
        try edit(copy + "/teachers.csv") { $0.replacingOccurrences(of: "L001,孙建,", with: "L001,\"=HYPERLINK(\"\"http://x\"\")\",") }
        let plan = CommandRunner.temporaryDirectory()
        XCTAssertEqual(try CommandRunner.run(["solve", copy, "--out", plan, "--quiet", "--report", plan + "-report"]).status, 0)
        let assignments = try String(contentsOfFile: plan + "/assignments.csv", encoding: .utf8)
        XCTAssertTrue(assignments.contains(",\"=HYPERLINK(\"\"http://x\"\")\","), assignments)
        let ledger = try String(contentsOfFile: plan + "-report/ledger.csv", encoding: .utf8)
        XCTAssertTrue(ledger.contains("'=HYPERLINK("), ledger)
        for sheet in try FileManager.default.contentsOfDirectory(atPath: plan + "-report/csv") {
            let text = try String(contentsOfFile: plan + "-report/csv/" + sheet, encoding: .utf8)
            XCTAssertFalse(text.contains(",=") || text.contains("\n=") || text.contains(",\"="), sheet)
        }
    }

    /// The first cohort's sessions cell emptied, as a planner deleting dates in Excel would: a centralised
    /// course without dates breaks the schedule rules.
    private func blankFirstCohortsDates(in plan: String) throws {
        try blankFirstRowCell(plan + "/cohorts.csv", column: 3)
    }

    /// Empties cell `column` of the first data row of a CSV file.
    private func blankFirstRowCell(_ path: String, column: Int) throws {
        try edit(path) { text in
            var lines = text.components(separatedBy: "\n")
            var fields = lines[1].components(separatedBy: ",")
            fields[column] = ""
            lines[1] = fields.joined(separator: ",")
            return lines.joined(separator: "\n")
        }
    }

    private func copyOfInstance() throws -> String {
        let copy = CommandRunner.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent(instance).path, toPath: copy)
        return copy
    }

    private func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "edit of \(path) changed nothing")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
