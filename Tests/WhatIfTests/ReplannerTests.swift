import TestSupport
import TrainPlanCore
import XCTest

/// Re-planning changes only what the dropout forces, and its plans pass the checker.
final class ReplannerTests: XCTestCase {
    /// P: one Monday cohort of T1 and T2 at C1 (cohort_min 2); Q: T4 alone on Wednesday. T3, at T1's school,
    /// is free and eligible for P.
    private func instance(withSpareTeacher: Bool = true) -> Instance {
        var p = SmallInstance.course("P", quota: 2)
        p.cohortMin = 2
        p.subjects = ["数学"]
        var q = SmallInstance.course("Q", quota: 1)
        q.subjects = ["语文"]
        var teachers = [SmallInstance.teacher("T1"), SmallInstance.teacher("T2")]
        if withSpareTeacher { teachers.append(SmallInstance.teacher("T3")) }
        teachers.append(SmallInstance.teacher("T4", subject: "语文"))
        return SmallInstance.make(teachers: teachers, programmes: [p, q], sites: [SmallInstance.center("C1", rooms: 2)])
    }

    /// The published plan, as a planner would hand it over: a plan folder read back.
    private func published(_ instance: Instance) throws -> Plan {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("published-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("""
        cohort,program,site,sessions,size
        P-C1-20260907,P,C1,2026-09-07..2026-09-07,2
        Q-C1-20260909,Q,C1,2026-09-09..2026-09-09,1

        """.utf8).write(to: folder.appendingPathComponent("cohorts.csv"))
        try Data("teacher,cohort\nT1,P-C1-20260907\nT2,P-C1-20260907\nT4,Q-C1-20260909\n".utf8)
            .write(to: folder.appendingPathComponent("assignments.csv"))
        return try PlanFolderReader(instance: instance).read(directory: folder.path).plan
    }

    private func ids(_ cohort: Cohort, _ instance: Instance) -> [String] { cohort.teachers.map { instance.teachers[$0].id } }

    func testOneDropoutIsReplacedByOneTeacherAndNothingElseMoves() throws {
        let instance = instance()
        let outcome = try Replanner(instance: instance, published: try published(instance), solver: testSolver).replan(ReplanRequest(dropped: ["T1"]))
        let cohorts = outcome.result.plan.cohorts
        XCTAssertEqual(cohorts.map(\.id), ["P-C1-20260907", "Q-C1-20260909"], "same cohorts, same ids")
        XCTAssertEqual(ids(cohorts[0], instance), ["T2", "T3"])
        XCTAssertEqual(cohorts[0].sessions, try published(instance).cohorts[0].sessions)
        XCTAssertEqual(ids(cohorts[1], instance), ["T4"])
        XCTAssertEqual(outcome.changes.map { instance.teachers[$0.teacher].id }, ["T1", "T3"])
        XCTAssertEqual(outcome.changes.map(\.kind), [.withdrawn, .added])
        XCTAssertEqual(outcome.result.metrics.shortfallTotal, 0)
        try WhatIfFixture.assertPassesChecker(outcome.result, instance)
    }

    func testACohortBelowItsMinimumIsCancelled() throws {
        let instance = instance(withSpareTeacher: false)
        let outcome = try Replanner(instance: instance, published: try published(instance), solver: testSolver).replan(ReplanRequest(dropped: ["T1"]))
        XCTAssertEqual(outcome.result.plan.cohorts.map(\.id), ["Q-C1-20260909"])
        XCTAssertEqual(outcome.changes.map(\.kind), [.withdrawn, .removed])
        XCTAssertEqual(outcome.result.metrics.shortfallByProgramme["P"], 2)
        try WhatIfFixture.assertPassesChecker(outcome.result, instance)
    }

    func testLostDatesMoveOnlyThatTeacher() throws {
        // T4 can no longer come on Wednesday: Q moves to another day, P is untouched.
        let instance = instance()
        let request = ReplanRequest(unavailable: ["T4": [SmallInstance.date(2)]])
        let outcome = try Replanner(instance: instance, published: try published(instance), solver: testSolver).replan(request)
        XCTAssertEqual(outcome.changes.map { instance.teachers[$0.teacher].id }, ["T4"])
        XCTAssertEqual(outcome.changes.map(\.kind), [.moved])
        XCTAssertEqual(ids(outcome.result.plan.cohorts[0], instance), ["T1", "T2"])
        XCTAssertNotEqual(outcome.result.plan.cohorts[1].sessions.first?.first, SmallInstance.date(2))
        try WhatIfFixture.assertPassesChecker(outcome.result, instance)
    }

    func testNothingToChange() throws {
        let instance = instance()
        let outcome = try Replanner(instance: instance, published: try published(instance), solver: testSolver).replan(ReplanRequest(dropped: ["T3"]))
        XCTAssertTrue(outcome.changes.isEmpty)
        XCTAssertEqual(outcome.result.plan.cohorts.map(\.id), ["P-C1-20260907", "Q-C1-20260909"])
    }

    func testChangesFileAndUnknownTeacher() throws {
        let instance = instance()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        try Data("工号,不可参训日期\nT1,\nT4,2026-09-09\n".utf8).write(to: file)
        let request = try ReplanRequest.read(file: file.path, instance: instance)
        XCTAssertEqual(request, ReplanRequest(dropped: ["T1"], unavailable: ["T4": [SmallInstance.date(2)]]))
        XCTAssertThrowsError(try ReplanRequest(dropped: ["T9"]).validate(against: instance, source: "--drop")) { error in
            XCTAssertEqual((error as? ReplanRequestError)?.message(.zh), "--drop：未知教师 \"T9\"（应为 teachers.csv 中的工号）")
        }
        // An id typed in full width, or in lower case, is named with the teacher it looks like.
        XCTAssertThrowsError(try ReplanRequest(dropped: ["Ｔ１", "t2", "T9"]).validate(against: instance, source: "--drop")) { error in
            XCTAssertEqual((error as? ReplanRequestError)?.message(.zh),
                           "--drop：未知教师 \"T9\"、\"t2\"、\"Ｔ１\"（应为 teachers.csv 中的工号）；\"t2\" 是否应为 \"T2\"？；\"Ｔ１\" 是否应为 \"T1\"？（只差大小写、空格或全角半角等写法）")
        }
    }

    /// A teacher's id pasted from a chat message with a zero-width space, and headers spaced, annotated or with
    /// a byte order mark inside, are the id and the columns they look like (as in the instance's tables).
    func testInvisibleCharactersInAChangesFileAreDropped() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("工　号\u{FEFF},不可参训日期【选填】\nT1\u{200B},\nT4\u{2060},2026-09-09\u{200E}\n".utf8).write(to: file)
        XCTAssertEqual(try ReplanRequest.read(file: file.path, instance: instance()),
                       ReplanRequest(dropped: ["T1"], unavailable: ["T4": [SmallInstance.date(2)]]))
    }

    /// A teacher withdrawn on one row and absent on some dates on another is a contradiction named at the
    /// second row (the withdrawal won silently); a row of nothing but a zero-width space is no row.
    func testAContradictionInAChangesFileIsNamedAndBlankRowsSkipped() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("工号,不可参训日期\nT1,\n\u{200B},\nT1,2026-09-09\n".utf8).write(to: file)
        XCTAssertThrowsError(try ReplanRequest.read(file: file.path, instance: instance())) { error in
            XCTAssertEqual((error as? ReplanRequestError)?.message(.zh),
                           "\(file.path) 第 4 行 \"工号\" 列：教师 \"T1\" 在第 2 行与本行一处没有日期（完全退出）、一处写了不可参训日期，二者矛盾（应只留一种：完全退出则日期留空，只请假则每行都写日期）")
        }
        try Data("工号,不可参训日期\nT1,\n\u{200B},\nT1,\n".utf8).write(to: file)
        XCTAssertEqual(try ReplanRequest.read(file: file.path, instance: instance()), ReplanRequest(dropped: ["T1"]))
    }

    /// A changes file in neither UTF-8 nor GB18030 is named with the row to look at.
    func testUndecodableChangesFileNamesTheRow() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(Array("工号\nT1\n".utf8) + [0xFF, 0xFE, 0x0A]).write(to: file)
        XCTAssertThrowsError(try ReplanRequest.read(file: file.path, instance: instance())) { error in
            XCTAssertEqual((error as? ReplanRequestError)?.issues.map(\.line), [3])
            XCTAssertTrue((error as? ReplanRequestError)?.message(.zh).hasPrefix("\(file.path) 第 3 行") ?? false)
        }
    }

    /// Every bad row of a changes file is listed in one run, at its row and column.
    func testChangesFileListsEveryBadRow() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("工号,不可参训日期\nT1,下周三\nT9,\nT4,2026-09-09；2026-13-01\n".utf8).write(to: file)
        XCTAssertThrowsError(try ReplanRequest.read(file: file.path, instance: instance())) { error in
            XCTAssertEqual((error as? ReplanRequestError)?.message(.zh).components(separatedBy: "\n"), [
                "\(file.path) 第 2 行 \"不可参训日期\" 列：无效的日期 \"下周三\"（应为日期或日期范围，如 2026-10-12、2026/10/12、2026-10-12..2026-10-16、2026/10/12至2026/10/16）",
                "\(file.path) 第 3 行 \"工号\" 列：未知教师 \"T9\"（应为 teachers.csv 中的工号）",
                "\(file.path) 第 4 行 \"不可参训日期\" 列：日期 \"2026-13-01\" 不存在（月份应为 1 到 12）",
            ])
        }
    }

    /// A teacher typed with a Chinese input method ("Ｔ１", full width) is named with the id it looks like;
    /// dates as Excel writes them in Chinese (2026/9/9, a range with 至) are read as the same dates.
    func testChangesFileNamesALookAlikeTeacherAndReadsExcelsDates() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("工号,不可参训日期\nＴ１,2026/9/9\n".utf8).write(to: file)
        XCTAssertThrowsError(try ReplanRequest.read(file: file.path, instance: instance())) { error in
            XCTAssertEqual((error as? ReplanRequestError)?.message(.zh),
                           "\(file.path) 第 2 行 \"工号\" 列：未知教师 \"Ｔ１\"（应为 teachers.csv 中的工号）；是否应为 \"T1\"？（只差大小写、空格或全角半角等写法）")
        }
        try Data("工号,不可参训日期\nT1,2026/9/9至2026年9月10日\n".utf8).write(to: file)
        let request = try ReplanRequest.read(file: file.path, instance: instance())
        XCTAssertEqual(request.unavailable["T1"], [PlanDate("2026-09-09")!, PlanDate("2026-09-10")!])
    }

    /// Dates under another column name withdraw nobody silently: a column named for dates, times or leave,
    /// whatever it holds ("2026年10月12日-16日", a dash before a short second end, which is no range; "是";
    /// nothing), or a column holding dates is an error naming it, where each read as a complete withdrawal. A
    /// column of names or notes stays the planner's own, a note mentioning a day included.
    func testAChangesFileWithDatesUnderAnotherNameIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        for (header, cell) in [("日期", "2026年10月12日-16日"), ("请假", "是"), ("时间", "下周"), ("Leave dates", ""),
                               ("说明", "2026/10/12")] {
            try Data("工号,\(header)\nT1,\(cell)\n".utf8).write(to: file)
            XCTAssertThrowsError(try ReplanRequest.read(file: file.path, instance: instance()), header) { error in
                XCTAssertTrue((error as? ReplanRequestError)?.message(.zh).contains("列 \"\(header)\" 写的是日期") ?? false, "\(error)")
            }
        }
        try Data("工号,姓名,备注\nT1,王三月,10月24日家中有事\n".utf8).write(to: file)
        XCTAssertEqual(try ReplanRequest.read(file: file.path, instance: instance()).dropped, ["T1"])
    }
}
