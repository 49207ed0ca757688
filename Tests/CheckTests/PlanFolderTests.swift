import Foundation
import Testing
import PlanCheck
import TrainPlanCore

@Suite struct PlanFolderTests {
    @Test func missingFilesAreReported() throws {
        let report = try CheckFixture.check(PlanFiles(cohorts: nil, assignments: nil, summary: nil))
        #expect(report.messages(of: "FILE") == ["Missing file cohorts.csv", "Missing file assignments.csv"])
        #expect(report.violations.count == 2)
        #expect(!report.isValid)
    }

    @Test func missingFolderIsReportedNotFatal() {
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: "/nonexistent/plan")
        #expect(report.rules == ["FILE"])
        #expect(report.kpis.cohortsOpened == 0)
    }

    /// A plan re-saved by Excel on Chinese Windows (GB18030) is checked as it is; bytes of neither encoding
    /// are named by their row.
    @Test func gb18030IsReadAndUndecodableBytesAreNamedByRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try CheckFixture.validPlan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("assignments.csv")
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        // An added 姓名 column with 张三 in GB18030 on every row.
        let zhangSan: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD]
        let gb18030 = Array((rows[0] + ",name\n").utf8) + rows.dropFirst().flatMap { Array(($0 + ",").utf8) + zhangSan + [0x0A] }
        try Data(gb18030).write(to: file)
        #expect(PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path).isValid)

        try Data(Array((rows[0] + "\n" + rows[1] + "\n").utf8) + [0xFF, 0xFF, 0x0A]).write(to: file)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.messages(of: "FILE") == ["assignments.csv row 3: text is neither UTF-8 nor GB18030 (save it from Excel as \"CSV UTF-8\")"])
        #expect(report.violations.first { $0.rule == "FILE" }?.message(.zh) == "assignments.csv 第 3 行：文本既不是 UTF-8 也不是 GB18030 编码（请在 Excel 中另存为“CSV UTF-8”）")
    }

    /// assignments.csv may repeat each cohort's programme, site and dates for reading (SPEC); a planner who edits
    /// them there moves nobody, and was told nothing: where they say otherwise than cohorts.csv, `check` notes
    /// the row, the column and both values, and the plan stays valid (moving a teacher by editing the cohort
    /// cell leaves them stale). The same dates written another way, or a cell left empty, agree.
    @Test func anAssignmentsColumnThatContradictsItsCohortIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try CheckFixture.validPlan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("assignments.csv")
        try ["teacher,cohort,name,program,site,sessions,备注",
             "T1,K1,甲,P1,C1,2026-09-07 .. 2026-09-08；2026-09-26..2026-09-27,",
             "T2\u{200B},K1,乙,P1,,2026-09-26..2026-09-27;2026-09-07;2026-09-08,",
             "T3,K2,丙,P2,N1,,",
             "T3,K3,丙,P3,E1,2026-09-14..2026-09-16,",
             ",,,,,,合计 4 人"].joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let agreeing = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(agreeing.isValid && agreeing.notes.isEmpty,
                "the same days written otherwise, an invisible character after an id, a row of the planner's own total")

        try ["teacher,cohort,site,sessions",
             "T1,K1,C2,2026-09-07..2026-09-08;2026-09-26..2026-09-27",
             "T2,K1,C1,2026-09-14..2026-09-15",
             "T3,K2,N1,",
             "T3,K3,E1,2026-09-14..2026-09-17"].joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.notes.map { $0.message(.en) } == [
            "assignments.csv row 2: Teacher T1: \"site\" says \"C2\" but cohort K1 has \"C1\" in cohorts.csv (the column is for reading only and cohorts.csv counts: update or clear it)",
            "assignments.csv row 3: Teacher T2: \"sessions\" says \"2026-09-14..2026-09-15\" but cohort K1 has \"2026-09-07..2026-09-08;2026-09-26..2026-09-27\" in cohorts.csv (the column is for reading only and cohorts.csv counts: update or clear it; first ranges that differ: 2026-09-14..2026-09-15 here, 2026-09-07..2026-09-08 in the cohort)",
            "assignments.csv row 5: Teacher T3: \"sessions\" says \"2026-09-14..2026-09-17\" but cohort K3 has \"2026-09-14..2026-09-16\" in cohorts.csv (the column is for reading only and cohorts.csv counts: update or clear it; 2026-09-14..2026-09-17 here has days the cohort has not)",
        ])
        #expect(report.notes.last?.message(.zh).hasSuffix("；本行的 2026-09-14..2026-09-17 有班次没有的日期）") == true)
        #expect(report.notes.allSatisfy { $0.ruleTitle(.zh) == "提示" })
        #expect(report.isValid, "a note, not a broken rule: the plan is as cohorts.csv says")
    }

    /// A row of the planner's own under a column of their own (a 合计 beside cohorts.csv) is no row of the plan,
    /// whichever columns the reader reads (`check` reads size, `report` and `replan` do not); a total written
    /// under the SPEC's size column is a row, and an incomplete one.
    @Test func aPlannersOwnTotalRowIsSkippedButOneUnderASpecColumnIsNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try CheckFixture.validPlan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cohorts.csv")
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        try ([rows[0] + ",备注"] + rows.dropFirst().map { $0 + "," } + [",,,,,合计 4 人"]).joined(separator: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path).isValid)

        try (rows + [",,,,4"]).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.messages(of: "STRUCTURE").first == "cohorts.csv row 5, column \"cohort\": the cell is empty")
    }

    @Test func unreadableSummaryAndMissingColumnAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try CheckFixture.validPlan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{ not json".write(to: folder.appendingPathComponent("summary.json"), atomically: true, encoding: .utf8)
        try "teacher,klass\nT1,K1\n".write(to: folder.appendingPathComponent("assignments.csv"), atomically: true,
                                           encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        let files = report.messages(of: "FILE")
        #expect(files.contains("assignments.csv row 1: no column \"cohort\""))
        #expect(report.messages(of: "SUMMARY").contains { $0.hasPrefix("summary.json is not a valid JSON object") })
    }

    /// A quote left open is named by the row it starts on, and every column a file lacks is listed (the
    /// plan-folder reader of `report` and `replan` reads the files the same way: `PlanTable`).
    @Test func unclosedQuoteAndEveryMissingColumnAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try CheckFixture.validPlan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "teacher,cohort\nT1,K1\nT2,\"K1\n".write(to: folder.appendingPathComponent("assignments.csv"), atomically: true, encoding: .utf8)
        try "cohort,program,size\nK1,P1,1\n".write(to: folder.appendingPathComponent("cohorts.csv"), atomically: true, encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.messages(of: "FILE") == [
            "cohorts.csv row 1: no column \"site\"", "cohorts.csv row 1: no column \"sessions\"",
            "assignments.csv row 3: a quote is not closed",
        ])
        #expect(report.violations.first { $0.rule == "FILE" && $0.message(.en).contains("quote") }?.message(.zh) == "assignments.csv 第 3 行：引号未闭合")
    }

    /// A typo of a year (0001, 9999) is named at its row, and the cohort is not checked day by day: such a
    /// range is millions of days for each of its teachers, and `check` ran out of memory on it.
    @Test func sessionsBeyondTheTermAreNamedAtTheirRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        var plan = CheckFixture.validPlan
        plan.cohorts = plan.cohorts!.map { $0.hasPrefix("K1,") ? "K1,P1,C1,0001-01-01..9999-12-31,2" : $0 }
        try plan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        let term = CheckFixture.instance.calendar.term
        #expect(report.violations.filter { $0.rule == "STRUCTURE" }.map { $0.message(.zh) } == [
            "cohorts.csv 第 2 行 \"sessions\" 列：班次 K1：日期 \"0001-01-01..9999-12-31\" 远在计划期 \(term) 之外（年份写错？），此班次不再检查其他规定",
        ])
        #expect(!report.isValid)
    }

    /// A plan folder that is not there, or a file, is named as such; a plan whose cohorts.csv is missing lists
    /// that alone, not every assignment as an unknown cohort and every quota as short.
    @Test func aPlanThatCannotBeReadListsOnlyWhy() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        let absent = PlanChecker(instance: CheckFixture.instance).check(planDirectory: missing.path)
        #expect(absent.violations.map { $0.message(.zh) } == ["计划文件夹“\(Echo.value(missing.path))”不存在（请检查路径）"])
        #expect(absent.verdict(.zh) == "计划无法读取：1 处文件问题，规定未检查")

        try CheckFixture.validPlan.write(to: missing)
        defer { try? FileManager.default.removeItem(at: missing) }
        let file = missing.appendingPathComponent("cohorts.csv").path
        #expect(PlanChecker(instance: CheckFixture.instance).check(planDirectory: file).violations.map { $0.message(.en) }
                == ["\"\(Echo.value(file))\" is a file, not a plan folder"])
        try FileManager.default.removeItem(atPath: file)
        let noCohorts = PlanChecker(instance: CheckFixture.instance).check(planDirectory: missing.path)
        #expect(noCohorts.violations.map { $0.message(.en) } == ["Missing file cohorts.csv"])
        #expect(!noCohorts.isValid)
    }

    /// summary.json's fields of the wrong type are called that, not "missing"; without input_hash (SPEC: the
    /// plan carries its input's hash) a plan of any instance would pass.
    @Test func summaryFieldsOfTheWrongTypeAndAMissingInputHashAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        var plan = CheckFixture.validPlan
        plan.summary?["objective"] = "11210"
        plan.summary?["input_hash"] = nil
        try plan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        var hashed = CheckFixture.instance
        hashed.sourceHash = "3f2a"
        let report = PlanChecker(instance: hashed).check(planDirectory: folder.path)
        #expect(report.messages(of: "SUMMARY") == [
            "summary.json lacks field input_hash",
            "summary.json field objective has a value of the wrong type (numbers for figures, text for status and input_hash, an object for kpis)",
        ])
    }

    /// A cohort id of 200,000 characters passed `check` and then broke `report` (a workbook cell holds 32,767):
    /// it is named at its row, and its assignments are not called unknown as well.
    @Test func anOverlongCohortIDIsNamedAtItsRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        var plan = CheckFixture.validPlan
        let long = String(repeating: "K", count: 200_000)
        plan.cohorts = plan.cohorts!.map { $0.hasPrefix("K1,") ? "\(long),P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,2" : $0 }
        plan.assignments = plan.assignments!.map { $0.replacingOccurrences(of: ",K1", with: "," + long) }
        plan.summary = nil
        try plan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.messages(of: "STRUCTURE") == ["cohorts.csv row 2, column \"cohort\": cohort id too long (200000 characters, at most \(ValueLimits.longestCohortID))"])
        #expect(report.messages(of: "STRUCTURE").count == 1, "no unknown cohort for T1 and T2")
    }

    @Test func byteOrderMarkAndExtraColumnsAreAccepted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cohorts = "\u{FEFF}cohort,program,site,sessions,size,name\nK2,P2,N1,,1,语文网络研修\n"
        let assignments = "teacher,cohort,name\nT3,K2,丙\n"
        try cohorts.write(to: folder.appendingPathComponent("cohorts.csv"), atomically: true, encoding: .utf8)
        try assignments.write(to: folder.appendingPathComponent("assignments.csv"), atomically: true, encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.violations.map { $0.message(.en) } == [])
        #expect(report.kpis.cohortsOpened == 1)
    }
}
