import Foundation
import TrainPlanCore
import XCTest

/// One defect per test, made by changing the valid fixture; each asserts the exact file, row, column and kind.
final class MalformedInstanceTests: XCTestCase {
    private let horizon = DateRange(first: PlanDate("2026-09-01")!, last: PlanDate("2026-10-31")!)
    private let stageChoices = ["幼儿园", "小学", "初中", "高中", "中职",
                                "kindergarten", "primary", "junior", "senior", "vocational"]

    /// Asserts that the changed instance fails with exactly this one error.
    private func assertOnlyError(_ file: String, row: Int?, column: String?, _ kind: InstanceIssue.Kind,
                                 change: (inout ScratchInstance) -> Void,
                                 sourceFile: StaticString = #filePath, line: UInt = #line) {
        var scratch = ScratchInstance()
        change(&scratch)
        let errors = scratch.issues(file: sourceFile, line: line).filter { $0.severity == .error }
        XCTAssertEqual(errors, [InstanceIssue(file: file, row: row, column: column, kind: kind)],
                       file: sourceFile, line: line)
    }

    /// Asserts that the changed instance loads with exactly this one warning.
    private func assertOnlyWarning(_ file: String, row: Int?, column: String?, _ kind: InstanceIssue.Kind,
                                   change: (inout ScratchInstance) -> Void,
                                   sourceFile: StaticString = #filePath, line: UInt = #line) {
        var scratch = ScratchInstance()
        change(&scratch)
        do {
            let warnings = try scratch.load().warnings
            XCTAssertEqual(warnings, [InstanceIssue(file: file, row: row, column: column, kind: kind)],
                           file: sourceFile, line: line)
            XCTAssertEqual(warnings.first?.severity, .warning, file: sourceFile, line: line)
        } catch {
            XCTFail("expected a warning only, got \(error)", file: sourceFile, line: line)
        }
    }

    // MARK: Files

    func testMissingRequiredFile() {
        assertOnlyError("teachers.csv", row: nil, column: nil, .missingFile) { $0.files["teachers.csv"] = nil }
    }

    func testRequiredFileWithoutDataRows() {
        assertOnlyError("programs.csv", row: nil, column: nil, .emptyFile) {
            $0.setText("programs.csv", String($0.text("programs.csv").prefix { $0 != "\n" }) + "\n")
            $0.files["quotas.csv"] = nil
        }
    }

    /// Bytes neither UTF-8 nor GB18030: the error points at the first line that is neither, not at a good
    /// GB18030 line before it.
    func testUndecodableBytes() {
        assertOnlyError("schools.csv", row: 2, column: nil, .undecodableText) {
            $0.files["schools.csv"] = Array("id,name\n".utf8) + [0xFF, 0xFE, 0xFF, 0x0A]
        }
        assertOnlyError("schools.csv", row: 3, column: nil, .undecodableText) {
            $0.files["schools.csv"] = Array("id,name\nS1,一中\nS2,".utf8) + [0xFF, 0xFE, 0xFF] + Array("\nS3,三中\n".utf8)
        }
        // 一中 in GB18030 (D2 BB D6 D0, not UTF-8) on row 2 decodes; row 3's 0xFF does not in either encoding.
        assertOnlyError("schools.csv", row: 3, column: nil, .undecodableText) {
            $0.files["schools.csv"] = Array("id,name\nS1,".utf8) + [0xD2, 0xBB, 0xD6, 0xD0] + Array("\nS2,".utf8) + [0xFF] + Array("\n".utf8)
        }
    }

    func testUnterminatedQuote() {
        assertOnlyError("teachers.csv", row: 7, column: nil, .unterminatedQuote) {
            $0.replace("T06,杨光", with: "T06,\"杨光", in: "teachers.csv")
        }
    }

    // MARK: Table shape

    func testMissingRequiredColumn() {
        assertOnlyError("teachers.csv", row: 1, column: nil, .missingColumn(aliases: ["stage", "学段"])) {
            $0.replace(",stage,", with: ",grade,", in: "teachers.csv")
        }
    }

    /// The hint names each column as a planner may write it, Chinese included (it listed the English names only).
    func testUnknownColumnIsAWarning() {
        let known = ["id/工号", "name/姓名", "school/学校编号", "stage/学段", "subject/学科", "tags/标签", "weekly_periods/周课时",
                     "cycle_hours/已修学时", "unavailable/不可参训日期"]
        assertOnlyWarning("teachers.csv", row: 1, column: "科目", .unknownColumn(known: known)) {
            $0.replace(",subject,", with: ",科目,", in: "teachers.csv")
        }
    }

    /// A header naming a column exactly wins over an annotated one: "name" beside "name(拼音)" is the name
    /// column, and the annotated one is ignored with a warning naming the column it would have been (it
    /// was "unknown, expected one of … name …", which confused a planner whose ids were in "id*" beside "ID").
    func testAnExactHeaderWinsOverAnAnnotatedOne() throws {
        var scratch = ScratchInstance()
        let header = "id,name,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable"
        let lines = scratch.text("teachers.csv").split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        scratch.setText("teachers.csv", ([header + ",name(拼音)"] + lines.dropFirst().map { $0 + ",Wang" }).joined(separator: "\n") + "\n")
        let loaded = try scratch.load()
        XCTAssertEqual(loaded.warnings.map(\.column), ["name(拼音)"])
        XCTAssertEqual(loaded.warnings.map(\.kind), [.annotatedDuplicate(of: "name")])
        XCTAssertEqual(loaded.instance.teachers.first?.name, "王芳")
    }

    /// A helper column filled down past the data (a 备注 or a formula) leaves rows with nothing in the SPEC's
    /// columns: they are no records, not teachers missing an id, school and stage (one error per row before;
    /// a column filled down 300,000 rows gave 300,000). Rows of empty cells, as Excel saves them, are skipped too.
    func testRowsEmptyInEveryColumnOfTheSpecAreSkipped() throws {
        var scratch = ScratchInstance()
        let header = "id,name,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable"
        let teachers = scratch.text("teachers.csv").split(separator: "\n", omittingEmptySubsequences: true).count - 1
        var text = scratch.text("teachers.csv").replacingOccurrences(of: header, with: header + ",备注")
        text = text.split(separator: "\n", omittingEmptySubsequences: true).enumerated()
            .map { $0.offset == 0 ? String($0.element) : $0.element + ",已核对" }.joined(separator: "\n") + "\n"
        text += ",,,,,,,,,已核对\n,,,,,,,,,已核对\n,,,,,,,,,\n"
        scratch.setText("teachers.csv", text)
        let loaded = try scratch.load()
        XCTAssertEqual(loaded.instance.teachers.count, teachers)
        XCTAssertEqual(loaded.warnings.map(\.kind), [.unknownColumn(known: ["id/工号", "name/姓名", "school/学校编号", "stage/学段",
            "subject/学科", "tags/标签", "weekly_periods/周课时", "cycle_hours/已修学时", "unavailable/不可参训日期"])])

        var empty = ScratchInstance()
        empty.setText("teachers.csv", header + ",备注\n,,,,,,,,,已核对\n")
        XCTAssertTrue(empty.issues().contains { $0.file == "teachers.csv" && $0.kind == .emptyFile && $0.severity == .error },
                      "a required table of such rows only is empty")
    }

    /// Headers as planners annotate them are the columns they name: a unit in brackets of either width, a
    /// required mark before or after it, a note holding brackets of its own, full-width letters, spaces. Read as "unknown column, ignored" before, 已修学时 (the
    /// priority reward's hours) silently became 0 for every teacher.
    func testAnnotatedHeadersAreTheColumnsTheyName() throws {
        var scratch = ScratchInstance()
        scratch.replace("id,name,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable",
                        with: "工号*, 姓名 ,ＳＣＨＯＯＬ,学段【必填】*,学科（语文(或数学)）,标签(分号分隔),周课时 (节),已修学时（小时）,不可参训日期[选填]",
                        in: "teachers.csv")
        let loaded = try scratch.load()
        XCTAssertEqual(loaded.warnings, [])
        let first = try XCTUnwrap(loaded.instance.teachers.first)
        XCTAssertEqual(first.id, "T01")
        XCTAssertEqual(first.cycleHours, 120)
        XCTAssertEqual(first.weeklyPeriods, 16)
        XCTAssertEqual(first.tags, ["骨干", "班主任"])
        XCTAssertEqual(loaded.instance.teachers[1].unavailable.count, 5)
    }

    /// Headers spaced to line up ("姓　名" with a full-width space, "学  段"), English ones with spaces for
    /// underscores, a trailing colon ("工号：") and notes in the other brackets planners use (〔〕《》「」{}) are the
    /// columns they name.
    func testSpacedHeadersAndOtherBracketsAreTheColumnsTheyName() throws {
        var scratch = ScratchInstance()
        scratch.replace("id,name,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable",
                        with: "工　号：,姓  名,School,学 段〔必填〕,学科《说明》,标签「分号分隔」,Weekly Periods,已修学时{小时},不可参训日期:",
                        in: "teachers.csv")
        let loaded = try scratch.load()
        XCTAssertEqual(loaded.warnings, [])
        let first = try XCTUnwrap(loaded.instance.teachers.first)
        XCTAssertEqual(first.id, "T01")
        XCTAssertEqual(first.name, "王芳")
        XCTAssertEqual(first.cycleHours, 120)
        XCTAssertEqual(first.weeklyPeriods, 16)
        XCTAssertEqual(first.tags, ["骨干", "班主任"])
    }

    /// Spaces and notes are all that is dropped: "School ID" is no "school" column and "姓名 拼音" no name
    /// column (both unknown, with a warning), and "姓 名" beside "姓名" is the same column written twice.
    func testSpacedHeadersMatchNoOtherColumn() throws {
        var scratch = ScratchInstance()
        scratch.replace("id,name,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable",
                        with: "id,姓名,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable,School ID,姓名 拼音,姓 名〈重复〉",
                        in: "teachers.csv")
        let issues = scratch.issues()
        XCTAssertEqual(issues.filter { if case .unknownColumn = $0.kind { return true } else { return false } }.map(\.column),
                       ["School ID", "姓名 拼音"])
        XCTAssertTrue(issues.contains { $0.kind == .annotatedDuplicate(of: "姓名") && $0.column == "姓 名〈重复〉" }, "\(issues)")
    }

    /// Last year's holidays pasted into the calendar change nothing: the planner is told, as for a site closed
    /// all term (the summary showed fewer holidays, without a word).
    func testHolidaysWhollyOutsideTheTermAreAWarning() throws {
        var scratch = ScratchInstance()
        scratch.replace("holidays = [\"2026-10-01..2026-10-07\"]", with: "holidays = [\"2026-10-01..2026-10-07\", \"2025-10-01..2025-10-07\"]",
                        in: "instance.toml")
        let warnings = try scratch.load().warnings
        XCTAssertEqual(warnings, [InstanceIssue(file: "instance.toml", column: "calendar.holidays",
                                                kind: .outsideHorizon("2025-10-01..2025-10-07", horizon: horizon), severity: .warning)])
    }

    /// "骨干，班主任" is one tag to the loader (the separators are ; ； 、): it matched no programme's tags and
    /// the plan was silently short; the planner is told, at the cell.
    func testATagHoldingACommaIsAWarning() {
        assertOnlyWarning("teachers.csv", row: 2, column: "tags", .tagWithSeparator("骨干，班主任")) {
            $0.replace("骨干;班主任", with: "骨干，班主任", in: "teachers.csv")
        }
    }

    /// A folder named like a workbook (`solve --out 甲县.xlsx` makes one) is read as the folder it is: the zip
    /// reader spun on it at full CPU.
    func testAFolderNamedLikeAWorkbookIsReadAsAFolder() throws {
        let scratch = ScratchInstance()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-\(UUID().uuidString).xlsx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in scratch.files {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes))
        }
        XCTAssertNoThrow(try InstanceLoader.load(path: folder.path))
    }

    func testDuplicateColumn() {
        assertOnlyError("quotas.csv", row: 1, column: "最少", .duplicateColumn(firstHeader: "min", column: "min/最少")) {
            $0.replace(",min,max", with: ",min,最少", in: "quotas.csv")
        }
    }

    /// Two annotated headers of one column (two years' hours) are a duplicate whose message says which column
    /// both were read as: the planner sees why "已修学时(2026年)" is "given twice".
    func testTwoAnnotatedHeadersOfOneColumnSayWhichColumnBothAre() throws {
        var scratch = ScratchInstance()
        scratch.replace("cycle_hours", with: "已修学时(2025年)", in: "teachers.csv")
        scratch.replace("unavailable", with: "已修学时(2026年)", in: "teachers.csv")
        let errors = scratch.issues().filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.kind), [.duplicateColumn(firstHeader: "已修学时(2025年)", column: "cycle_hours/已修学时")])
        XCTAssertEqual(errors.first?.message(.zh),
                       "teachers.csv 第 1 行 \"已修学时(2026年)\" 列：该列重复：与 \"已修学时(2025年)\" 列都读作 cycle_hours/已修学时 列（同一列只应有一个：应把其中一列改名或删除）")
    }

    func testWrongCellCount() {
        assertOnlyError("teachers.csv", row: 7, column: nil, .wrongCellCount(found: 10, expected: 9)) {
            $0.replace("科学,,10,40,", with: "科学,,10,40,,", in: "teachers.csv")
        }
    }

    // MARK: Values

    func testEmptyRequiredCell() {
        assertOnlyError("teachers.csv", row: 6, column: "school", .missingValue(expected: .text)) {
            $0.replace("T05,陈静,S03", with: "T05,陈静,", in: "teachers.csv")
        }
    }

    func testBadDate() {
        assertOnlyError("teachers.csv", row: 3, column: "unavailable", .badValue("2026-09-3l", expected: .dateList)) {
            $0.replace("2026-09-14..2026-09-18", with: "2026-09-3l", in: "teachers.csv")
        }
    }

    /// A date written right that names no day says so, with the month's length: a planner looking at
    /// "2026-09-31" against "expected a date" sees nothing wrong.
    func testADayThatDoesNotExistIsNamedAsSuch() throws {
        assertOnlyError("teachers.csv", row: 3, column: "unavailable", .noSuchDay("2026/9/31")) {
            $0.replace("2026-09-14..2026-09-18", with: "2026-09-14..2026/9/31", in: "teachers.csv")
        }
        var scratch = ScratchInstance()
        scratch.replace("2026-09-14..2026-09-18", with: "2026年2月29日", in: "teachers.csv")
        XCTAssertEqual(scratch.issues().first?.message(.zh),
                       "teachers.csv 第 3 行 \"unavailable\" 列：日期 \"2026年2月29日\" 不存在（2026 年 2 月只有 28 天）")
        var end = ScratchInstance()
        end.replace("2026-09-14..2026-09-18", with: "2026-09-14..31", in: "teachers.csv")
        XCTAssertEqual(end.issues().map(\.kind), [.noSuchDay("2026-9-31")], "a short second end, completed from the first")
        var month = ScratchInstance()
        month.replace("2026-09-14..2026-09-18", with: "2026-13-01", in: "teachers.csv")
        XCTAssertEqual(month.issues().first?.message(.en),
                       "teachers.csv row 3, column \"unavailable\": date \"2026-13-01\" does not exist (months run from 1 to 12)")
    }

    func testReversedDateRange() {
        assertOnlyError("teachers.csv", row: 4, column: "unavailable", .badDateRange("2026-10-21..2026-10-20")) {
            $0.replace("2026-10-20..2026-10-21", with: "2026-10-21..2026-10-20", in: "teachers.csv")
        }
    }

    func testBadBoolean() {
        assertOnlyError("schools.csv", row: 4, column: "rural", .badValue("maybe", expected: .boolean)) {
            $0.replace(",yes,", with: ",maybe,", in: "schools.csv")
        }
    }

    func testNegativeCount() {
        assertOnlyError("programs.csv", row: 3, column: "sessions", .belowMinimum("-4", minimum: 1)) {
            $0.replace("songjiao,4,1", with: "songjiao,-4,1", in: "programs.csv")
        }
    }

    func testNonIntegerCount() {
        assertOnlyError("sites.csv", row: 2, column: "seats", .badValue("40.5", expected: .integer)) {
            $0.replace(",40,2,", with: ",40.5,2,", in: "sites.csv")
        }
    }

    func testZeroSessions() {
        assertOnlyError("programs.csv", row: 2, column: "sessions", .belowMinimum("0", minimum: 1)) {
            $0.replace("centralized,1,2", with: "centralized,0,2", in: "programs.csv")
        }
    }

    func testRoomsBelowOne() {
        assertOnlyError("sites.csv", row: 2, column: "rooms", .belowMinimum("0", minimum: 1)) {
            $0.replace(",40,2,", with: ",40,0,", in: "sites.csv")
        }
    }

    func testNegativeMaxAway() {
        assertOnlyError("schools.csv", row: 2, column: "max_away", .belowMinimum("-2", minimum: 0)) {
            $0.replace("false,2", with: "false,-2", in: "schools.csv")
        }
    }

    func testSubstituteOutOfRange() {
        assertOnlyError("programs.csv", row: 5, column: "substitute", .outOfRange("1.5", lower: 0, upper: 1)) {
            $0.replace(",0.5,", with: ",1.5,", in: "programs.csv")
        }
    }

    func testUnknownMode() {
        let modes = ["centralized", "songjiao", "offjob", "online", "集中", "送教", "脱产", "网络"]
        assertOnlyError("programs.csv", row: 4, column: "mode", .unknownChoice("remote", choices: modes)) {
            $0.replace("省培,online", with: "省培,remote", in: "programs.csv")
        }
    }

    func testUnknownStage() {
        assertOnlyError("teachers.csv", row: 5, column: "stage", .unknownChoice("college", choices: stageChoices)) {
            $0.replace("junior", with: "college", in: "teachers.csv")
        }
    }

    func testUnknownDayType() {
        let dayTypes = ["teaching", "weekend", "holiday", "教学日", "周末", "假期"]
        assertOnlyError("programs.csv", row: 2, column: "day_types", .unknownChoice("sunday", choices: dayTypes)) {
            $0.replace("teaching;weekend", with: "teaching;sunday", in: "programs.csv")
        }
    }

    func testBadQuotaMinimum() {
        assertOnlyError("programs.csv", row: 3, column: "quota_min", .badValue("three", expected: .quotaMinimum)) {
            $0.replace(",16,,,,,3,", with: ",16,,,,,three,", in: "programs.csv")
        }
    }

    // MARK: Identity and references

    func testDuplicateTeacherID() {
        assertOnlyError("teachers.csv", row: 5, column: "id", .duplicate("T02", firstRow: 3)) {
            $0.replace("T04,刘洋", with: "T02,刘洋", in: "teachers.csv")
        }
    }

    func testTeacherAtUnknownSchool() {
        assertOnlyError("teachers.csv", row: 4, column: "school", .unknownReference("S099", target: .school)) {
            $0.replace("T03,张敏,S02", with: "T03,张敏,S099", in: "teachers.csv")
        }
    }

    /// A school id typed with a Chinese input method's full-width letters, or in lower case, looks like the
    /// school's in a sheet: the error names the id it most likely means.
    func testAnIDDifferingInWidthOrCaseIsNamedInTheError() {
        assertOnlyError("teachers.csv", row: 4, column: "school", .unknownReference("Ｓ02", target: .school, similar: "S02")) {
            $0.replace("T03,张敏,S02", with: "T03,张敏,Ｓ02", in: "teachers.csv")
        }
        assertOnlyError("teachers.csv", row: 4, column: "school", .unknownReference("s02", target: .school, similar: "S02")) {
            $0.replace("T03,张敏,S02", with: "T03,张敏,s02", in: "teachers.csv")
        }
        // A space typed to align a column, half or full width, does not hide the id either.
        assertOnlyError("teachers.csv", row: 4, column: "school", .unknownReference("S 02", target: .school, similar: "S02")) {
            $0.replace("T03,张敏,S02", with: "T03,张敏,S 02", in: "teachers.csv")
        }
        assertOnlyError("teachers.csv", row: 4, column: "school", .unknownReference("S\u{3000}02", target: .school, similar: "S02")) {
            $0.replace("T03,张敏,S02", with: "T03,张敏,S\u{3000}02", in: "teachers.csv")
        }
        let issue = InstanceIssue(file: "teachers.csv", row: 4, column: "school", kind: .unknownReference("s02", target: .school, similar: "S02"))
        XCTAssertEqual(issue.message(.zh), "teachers.csv 第 4 行 \"school\" 列：未知学校 \"s02\"（应为 schools.csv 中的编号）；是否应为 \"S02\"？（只差大小写、空格或全角半角等写法）")
    }

    /// "t01" beside "T01" is another teacher (ids are compared as written), but one a planner who typed the same
    /// teacher twice does not expect: a warning at the later row names the earlier.
    func testAnIDLikeAnEarlierOneIsAWarning() {
        assertOnlyWarning("teachers.csv", row: 3, column: "id", .lookAlikeID("Ｔ01", earlier: "T01", firstRow: 2)) {
            $0.replace("T02,李强", with: "Ｔ01,李强", in: "teachers.csv")
        }
        assertOnlyWarning("teachers.csv", row: 3, column: "id", .lookAlikeID("T 01", earlier: "T01", firstRow: 2)) {
            $0.replace("T02,李强", with: "T 01,李强", in: "teachers.csv")
        }
        // An exclusive group written two ways would be two groups, each course free of the other's rule.
        assertOnlyWarning("programs.csv", row: 5, column: "exclusive", .lookAlikeID("国 培", earlier: "国培", firstRow: 4)) {
            $0.replace("5,,,,,,,,,", with: "5,,,,,,,国培,,", in: "programs.csv")
            $0.replace("1000,国培,0.5,", with: "1000,国 培,0.5,", in: "programs.csv")
        }
    }

    /// Zero-width spaces and other invisible characters pasted in with an id are dropped: "S02\u{200B}" is
    /// school S02 (it was an unknown school that printed exactly like a known one), and "T01\u{FEFF}" repeats
    /// T01.
    func testInvisibleCharactersInCellsAreDropped() throws {
        var scratch = ScratchInstance()
        scratch.replace("T03,张敏,S02", with: "T03\u{2060},张敏,S02\u{200B}", in: "teachers.csv")
        let loaded = try scratch.load()
        XCTAssertEqual(loaded.warnings, [])
        XCTAssertEqual(loaded.instance.teachers[2].id, "T03")
        XCTAssertEqual(loaded.instance.teachers[2].school, "S02")

        assertOnlyError("teachers.csv", row: 3, column: "id", .duplicate("T01", firstRow: 2)) {
            $0.replace("T02,李强", with: "T01\u{FEFF},李强", in: "teachers.csv")
        }
    }

    /// The same in instance.toml: "max_away_share\u{200B}" was an unknown key that looked like the known one,
    /// and its value was ignored; an ideographic or no-break space after a value or before "=" was a syntax error.
    func testInvisibleCharactersInInstanceTOMLAreDropped() throws {
        var scratch = ScratchInstance()
        scratch.replace("[defaults]\n", with: "[defaults]\nmax_away_share\u{200B} = 0.3\u{3000}\nweekly_periods\u{00A0}= 12\n", in: "instance.toml")
        scratch.replace("weekly_periods = 12\n", with: "", in: "instance.toml")
        let loaded = try scratch.load()
        XCTAssertEqual(loaded.warnings, [])
        XCTAssertEqual(loaded.instance.defaults.maxAwayShare, 0.3)
    }

    func testProgrammeListingUnknownSite() {
        assertOnlyError("programs.csv", row: 5, column: "sites", .unknownReference("E9", target: .site)) {
            $0.replace(",E1,", with: ",E9,", in: "programs.csv")
        }
    }

    func testUnknownTeam() {
        assertOnlyError("programs.csv", row: 3, column: "team", .unknownReference("team9", target: .team)) {
            $0.replace("yes,,,,songjiao", with: "yes,,,,team9", in: "programs.csv")
        }
    }

    func testQuotaForUnknownProgramme() {
        assertOnlyError("quotas.csv", row: 3, column: "program", .unknownReference("P9", target: .programme)) {
            $0.replace("P1,school", with: "P9,school", in: "quotas.csv")
        }
    }

    func testQuotaForUnknownDistrict() {
        assertOnlyError("quotas.csv", row: 2, column: "scope_id", .unknownReference("南区", target: .district)) {
            $0.replace("东区", with: "南区", in: "quotas.csv")
        }
    }

    func testDistanceFromUnknownSchool() {
        assertOnlyError("distances.csv", row: 3, column: "school", .unknownReference("S09", target: .school)) {
            $0.replace("S02,C1", with: "S09,C1", in: "distances.csv")
        }
    }

    func testDistanceToUnknownSite() {
        assertOnlyError("distances.csv", row: 2, column: "site", .unknownReference("C9", target: .site)) {
            $0.replace("S01,C1", with: "S01,C9", in: "distances.csv")
        }
    }

    func testNegativeDistance() {
        assertOnlyError("distances.csv", row: 3, column: "km", .belowMinimum("-14", minimum: 0)) {
            $0.replace("C1,14", with: "C1,-14", in: "distances.csv")
        }
    }

    // MARK: Rules between values

    func testQuotaMinAboveQuotaMax() {
        assertOnlyError("programs.csv", row: 5, column: "quota_min",
                        .minAboveMax(min: 3, max: 2, maxColumn: "quota_max")) {
            $0.replace(",,1,2,1,", with: ",,3,2,1,", in: "programs.csv")
        }
    }

    func testAllEligibleAboveQuotaMax() {
        assertOnlyError("programs.csv", row: 2, column: "quota_min",
                        .minAboveMax(min: 4, max: 3, maxColumn: "quota_max")) {
            $0.replace("all,,2,30", with: "all,3,2,30", in: "programs.csv")
        }
    }

    func testSubQuotaMinAboveMax() {
        assertOnlyError("quotas.csv", row: 2, column: "min", .minAboveMax(min: 4, max: 3, maxColumn: "max")) {
            $0.replace("东区,1,3", with: "东区,4,3", in: "quotas.csv")
        }
    }

    func testCohortMinAboveCohortMax() {
        assertOnlyError("programs.csv", row: 2, column: "cohort_min",
                        .minAboveMax(min: 31, max: 30, maxColumn: "cohort_max")) {
            $0.replace("all,,2,30", with: "all,,31,30", in: "programs.csv")
        }
    }

    func testOnlineProgrammeWithDays() {
        assertOnlyError("programs.csv", row: 4, column: "days", .daysForMode(days: 2, mode: .online)) {
            $0.replace("online,,,", with: "online,,2,", in: "programs.csv")
        }
    }

    func testCentralizedProgrammeWithoutDays() {
        assertOnlyError("programs.csv", row: 2, column: "days", .daysForMode(days: 0, mode: .centralized)) {
            $0.replace("centralized,1,2", with: "centralized,1,0", in: "programs.csv")
        }
    }

    func testWindowOutsideHorizon() {
        assertOnlyError("programs.csv", row: 2, column: "window",
                        .outsideHorizon("2027-03-01..2027-03-05", horizon: horizon)) {
            $0.replace("2026-09-01..2026-09-30", with: "2027-03-01..2027-03-05", in: "programs.csv")
        }
    }

    func testNoSiteOfTheModesKind() {
        assertOnlyError("programs.csv", row: 2, column: "mode", .noSiteForMode(mode: .centralized)) {
            $0.replace("县教师发展中心,center", with: "县教师发展中心,external", in: "sites.csv")
        }
    }

    func testHomeDistrictWithoutSiteDistrictsIsAWarning() {
        assertOnlyWarning("programs.csv", row: 3, column: "home_district", .noDistrictForHomeDistrict) {
            $0.replace(",东区,20,", with: ",,20,", in: "sites.csv")
            $0.replace(",西区,20,", with: ",,20,", in: "sites.csv")
        }
    }

    func testLatitudeOutOfRange() {
        assertOnlyError("schools.csv", row: 3, column: "lat", .outOfRange("94.45", lower: -90, upper: 90)) {
            $0.replace("34.45", with: "94.45", in: "schools.csv")
        }
    }

    func testLongitudeOutOfRange() {
        assertOnlyError("sites.csv", row: 4, column: "lon", .outOfRange("208.81", lower: -180, upper: 180)) {
            $0.replace("108.81", with: "208.81", in: "sites.csv")
        }
    }

    func testSiteWithoutCoordinates() {
        assertOnlyError("sites.csv", row: 6, column: "lat", .missingCoordinates) {
            $0.replace("34.30,108.95", with: ",108.95", in: "sites.csv")
        }
    }

    func testSchoolWithoutCoordinates() {
        assertOnlyError("schools.csv", row: 4, column: "lon", .missingCoordinates) {
            $0.replace("34.55,108.95", with: "34.55,", in: "schools.csv")
        }
    }

    func testOnlineSiteWithCoordinatesIsAWarning() {
        assertOnlyWarning("sites.csv", row: 5, column: "lat", .coordinatesOnOnlineSite) {
            $0.replace("online,,", with: "online,34.5,", in: "sites.csv")
        }
    }

    // MARK: instance.toml

    func testCalendarEndsBeforeItStarts() {
        let start = PlanDate("2026-09-01")!, end = PlanDate("2026-08-31")!
        assertOnlyError("instance.toml", row: nil, column: "calendar.end", .endBeforeStart(start: start, end: end)) {
            $0.replace("end = \"2026-10-31\"", with: "end = \"2026-08-31\"", in: "instance.toml")
        }
    }

    func testMissingCalendarStart() {
        assertOnlyError("instance.toml", row: nil, column: "calendar.start", .missingKey(expected: .date)) {
            $0.replace("start = \"2026-09-01\"\n", with: "", in: "instance.toml")
        }
    }

    func testSettingOfTheWrongType() {
        assertOnlyError("instance.toml", row: nil, column: "defaults.weekly_periods",
                        .wrongType(found: "string", expected: .number)) {
            $0.replace("weekly_periods = 12", with: "weekly_periods = \"twelve\"", in: "instance.toml")
        }
    }

    /// TOML has nan and inf; a weight of either is a bad value said as such, not "a float, expected a number".
    func testNonFiniteSettingIsABadValue() {
        assertOnlyError("instance.toml", row: nil, column: "defaults.weekly_periods", .badValue("nan", expected: .number)) {
            $0.replace("weekly_periods = 12", with: "weekly_periods = nan", in: "instance.toml")
        }
        assertOnlyError("instance.toml", row: nil, column: "defaults.weekly_periods", .badValue("-inf", expected: .number)) {
            $0.replace("weekly_periods = 12", with: "weekly_periods = -inf", in: "instance.toml")
        }
    }

    func testShareOutOfRange() {
        assertOnlyError("instance.toml", row: nil, column: "defaults.max_away_share",
                        .outOfRange("1.5", lower: 0, upper: 1)) {
            $0.replace("[defaults]\n", with: "[defaults]\nmax_away_share = 1.5\n", in: "instance.toml")
        }
    }

    func testNegativeTeamLimit() {
        assertOnlyError("instance.toml", row: nil, column: "teams.alpha", .belowMinimum("-1", minimum: 0)) {
            $0.replace("alpha = 1", with: "alpha = -1", in: "instance.toml")
        }
    }

    func testBlackoutWithUnknownStage() {
        assertOnlyError("instance.toml", row: nil, column: "calendar.blackouts[1].stages",
                        .unknownChoice("大学", choices: stageChoices)) {
            $0.replace("stages = [\"初中\"]", with: "stages = [\"大学\"]", in: "instance.toml")
        }
    }

    func testUnknownSettingIsAWarning() {
        let known = ["weekly_periods", "max_away_share", "soft_away_share", "road_factor", "target_hours"]
        assertOnlyWarning("instance.toml", row: nil, column: "defaults.colour", .unknownKey(known: known)) {
            $0.replace("[defaults]\n", with: "[defaults]\ncolour = \"red\"\n", in: "instance.toml")
        }
    }

    func testMalformedTOML() {
        var scratch = ScratchInstance()
        scratch.replace("[weights]", with: "[weights", in: "instance.toml")
        let errors = scratch.issues().filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.file, "instance.toml")
        XCTAssertEqual(errors.first?.row, 20)
        XCTAssertNil(errors.first?.column)
        guard case .malformedTOML = errors.first?.kind else { return XCTFail("\(errors)") }
        XCTAssertTrue(errors.first?.message(.zh).hasPrefix("instance.toml 第 20 行：不符合 TOML 语法（应为 键 = 值 或 [节名]；解析器原文：") == true,
                      errors.first?.message(.zh) ?? "")
    }

    func testAValueOfTheWrongTypeIsNamedInChinese() {
        var scratch = ScratchInstance()
        scratch.replace("weekly_periods = 12", with: "weekly_periods = \"twelve\"", in: "instance.toml")
        let error = scratch.issues().first { $0.severity == .error }
        XCTAssertEqual(error?.message(.zh), "instance.toml 的 \"defaults.weekly_periods\" 键：值的类型为文本（应为数字）")
    }

    // MARK: Everything at once

    func testEveryProblemIsReportedTogether() {
        var scratch = ScratchInstance()
        scratch.replace("alpha = 1", with: "alpha = -1", in: "instance.toml")
        scratch.replace("34.45", with: "94.45", in: "schools.csv")
        scratch.replace("T03,张敏,S02", with: "T03,张敏,S099", in: "teachers.csv")
        scratch.replace("T04,刘洋", with: "T02,刘洋", in: "teachers.csv")
        scratch.replace(",40,2,", with: ",40,0,", in: "sites.csv")
        scratch.replace("online,,", with: "online,34.5,", in: "sites.csv")
        scratch.replace("centralized,1,2", with: "centralized,0,0", in: "programs.csv")
        scratch.replace("东区,1,3", with: "东区,4,3", in: "quotas.csv")
        scratch.replace("C1,14", with: "C1,-14", in: "distances.csv")

        let issues = scratch.issues()
        let located = issues.map { "\($0.severity) \($0.file) \($0.row.map(String.init) ?? "-") \($0.column ?? "-")" }
        XCTAssertEqual(located, [
            "error instance.toml - teams.alpha",
            "error schools.csv 3 lat",
            "error teachers.csv 4 school",
            "error teachers.csv 5 id",
            "error sites.csv 2 rooms",
            "warning sites.csv 5 lat",
            "error programs.csv 2 sessions",
            "error programs.csv 2 days",
            "error quotas.csv 2 min",
            "error distances.csv 3 km",
        ])
    }
}
