import Foundation
import TrainPlanCore
import XCTest

final class PlanFolderReaderTests: XCTestCase {
    private func folder(cohorts: String, assignments: String, summary: String? = nil) throws -> URL {
        let folder = try ReportFixture.temporaryFolder()
        try Data(cohorts.utf8).write(to: folder.appendingPathComponent("cohorts.csv"))
        try Data(assignments.utf8).write(to: folder.appendingPathComponent("assignments.csv"))
        if let summary { try Data(summary.utf8).write(to: folder.appendingPathComponent("summary.json")) }
        return folder
    }

    func testReadsCohortsAndTeachersBackIntoAPlan() throws {
        let folder = try folder(
            cohorts: "\u{FEFF}cohort,program,site,sessions,size\nK2,P2,C1,2026-09-09,2\nK1,P1,C1,2026-09-07..2026-09-08;2026-09-14..2026-09-15,2\nK3,P3,W1,,1\n",
            assignments: "teacher,cohort,name\nT3,K1,x\nT1,K1,x\nT2,K2,x\nT1,K2,x\nT4,K3,x\n"
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let contents = try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)
        XCTAssertNil(contents.summary)
        let plan = contents.plan
        XCTAssertEqual(plan.cohorts.map(\.id), ["K1", "K2", "K3"])
        XCTAssertEqual(plan.cohorts.map(\.teachers), [[0, 2], [0, 1], [3]])
        XCTAssertEqual(plan.cohorts[0].sessions, ReportFixture.plan.cohorts[0].sessions)
        XCTAssertEqual(plan.cohorts[2].sessions, [])
    }

    /// `report` reads a sessions cell as `check` does (one parser): spaces around "..", `、` between sessions
    /// and an empty part are accepted by both.
    func testSessionsAreReadAsCheckReadsThem() throws {
        let folder = try folder(
            cohorts: "cohort,program,site,sessions,size\nK1,P1,C1,2026-09-07 .. 2026-09-08、2026-09-14..2026-09-15;,2\n",
            assignments: "teacher,cohort\nT1,K1\nT3,K1\n"
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path).plan
        XCTAssertEqual(plan.cohorts.map(\.sessions), [ReportFixture.plan.cohorts[0].sessions])
    }

    /// A plan file re-saved by Excel on Chinese Windows (GB18030) reads as the instance files do; bytes of
    /// neither encoding are named by their row.
    func testGB18030IsReadAndUndecodableBytesAreNamedByRow() throws {
        let cohorts = "cohort,program,site,sessions,size\nK2,P2,C1,2026-09-09,1\n"
        let header = Array("teacher,cohort,name\nT1,K2,".utf8)
        let gb18030 = try folder(cohorts: cohorts, assignments: "")
        defer { try? FileManager.default.removeItem(at: gb18030) }
        // 张三 in GB18030.
        try Data(header + [0xD5, 0xC5, 0xC8, 0xFD, 0x0A]).write(to: gb18030.appendingPathComponent("assignments.csv"))
        XCTAssertEqual(try PlanFolderReader(instance: ReportFixture.instance).read(directory: gb18030.path).plan.cohorts.map(\.teachers), [[0]])

        let damaged = try folder(cohorts: cohorts, assignments: "")
        defer { try? FileManager.default.removeItem(at: damaged) }
        try Data(header + Array("x\nT2,K2,".utf8) + [0xFF, 0xFF, 0x0A]).write(to: damaged.appendingPathComponent("assignments.csv"))
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: damaged.path)) { error in
            let message = (error as? PlanReadError)?.message(.en) ?? ""
            XCTAssertTrue(message.hasPrefix("assignments.csv row 3"), message)
            XCTAssertTrue(message.contains("neither UTF-8 nor GB18030"), message)
        }
    }

    func testUnknownTeacherNamesFileAndRow() throws {
        let folder = try folder(cohorts: "cohort,program,site,sessions,size\nK2,P2,C1,2026-09-09,1\n",
                                assignments: "teacher,cohort\nT1,K2\nT9,K2\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)) { error in
            let error = error as? PlanReadError
            XCTAssertEqual(error?.message(.zh), "assignments.csv 第 3 行 \"teacher\" 列：实例中没有教师“T9”")
            XCTAssertEqual(error?.message(.en), "assignments.csv row 3, column \"teacher\": the instance has no teacher \"T9\"")
        }
    }

    func testUnknownProgrammeSiteAndCohortAreNamed() throws {
        let cases: [(String, String, String)] = [
            ("cohort,program,site,sessions,size\nK1,PX,C1,2026-09-09,1\n", "teacher,cohort\n",
             "cohorts.csv row 2, column \"program\": the instance has no programme \"PX\""),
            ("cohort,program,site,sessions,size\nK1,P2,CX,2026-09-09,1\n", "teacher,cohort\n",
             "cohorts.csv row 2, column \"site\": the instance has no site \"CX\""),
            ("cohort,program,site,sessions,size\nK1,P2,C1,2026-09-09,1\n", "teacher,cohort\nT1,K7\n",
             "assignments.csv row 2, column \"cohort\": cohorts.csv has no cohort \"K7\""),
            ("cohort,program,site,sessions,size\nK1,P2,C1,9/9/2026,1\n", "teacher,cohort\n",
             "cohorts.csv row 2, column \"sessions\": malformed sessions: \"9/9/2026\" is not a date or range (expected such as 2026-10-12..2026-10-16, several separated by ;)"),
            ("cohort,program,sessions\n", "teacher,cohort\n", "cohorts.csv row 1: missing column \"site\""),
        ]
        for (cohorts, assignments, message) in cases {
            let folder = try folder(cohorts: cohorts, assignments: assignments)
            defer { try? FileManager.default.removeItem(at: folder) }
            XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)) { error in
                XCTAssertEqual((error as? PlanReadError)?.message(.en), message)
            }
        }
    }

    func testMissingFileAndUnreadableSummary() throws {
        let empty = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: empty.path)) { error in
            XCTAssertEqual((error as? PlanReadError)?.message(.zh), "cohorts.csv：计划文件夹中没有此文件\nassignments.csv：计划文件夹中没有此文件")
        }
        let folder = try folder(cohorts: "cohort,program,site,sessions,size\n", assignments: "teacher,cohort\n", summary: "{}")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)) { error in
            XCTAssertEqual((error as? PlanReadError)?.issues.map(\.file), ["summary.json"])
        }
    }

    /// A hand-edited plan with several mistakes lists them all in one run, each at its row and column; an
    /// assignment to a cohort whose own row is wrong is not listed a second time.
    func testEveryProblemIsListedAtOnce() throws {
        let folder = try folder(
            cohorts: "cohort,program,site,sessions,size\nK1,PX,C1,2026-09-09,1\nK2,P2,CX,9/9/2026,1\nK3,P2,C1,2026-09-09,1\nK3,P2,C1,2026-09-09,1\n",
            assignments: "teacher,cohort\nT1,K1\nT9,K3\nT1,K8\nT2,K3\nT2,K3\n"
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)) { error in
            XCTAssertEqual((error as? PlanReadError)?.message(.en).components(separatedBy: "\n"), [
                "cohorts.csv row 2, column \"program\": the instance has no programme \"PX\"",
                "cohorts.csv row 3, column \"site\": the instance has no site \"CX\"",
                "cohorts.csv row 3, column \"sessions\": malformed sessions: \"9/9/2026\" is not a date or range (expected such as 2026-10-12..2026-10-16, several separated by ;)",
                "cohorts.csv row 5, column \"cohort\": cohort id \"K3\" is listed twice",
                "assignments.csv row 3, column \"teacher\": the instance has no teacher \"T9\"",
                "assignments.csv row 4, column \"cohort\": cohorts.csv has no cohort \"K8\"",
                "assignments.csv row 6: teacher \"T2\" is assigned to cohort \"K3\" twice",
            ])
        }
    }

    /// A year typed wrong (2720 for 2027) is named at its row and column: notices and calendars for seven
    /// centuries of dates were written before.
    func testSessionsBeyondTheTermAreNamed() throws {
        let folder = try folder(cohorts: "cohort,program,site,sessions,size\nK1,P2,C1,2027-01-28..2720-01-30,1\n",
                                assignments: "teacher,cohort\nT1,K1\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let term = ReportFixture.instance.calendar.term
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)) { error in
            XCTAssertEqual((error as? PlanReadError)?.message(.en).components(separatedBy: "\n"), [
                "cohorts.csv row 2, column \"sessions\": sessions \"2027-01-28..2720-01-30\" lie far outside the term \(term) (a wrong year?)",
            ])
        }
    }

    func testMissingColumnsOfBothFilesAreListed() throws {
        let folder = try folder(cohorts: "cohort,program\n", assignments: "cohort\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try PlanFolderReader(instance: ReportFixture.instance).read(directory: folder.path)) { error in
            XCTAssertEqual((error as? PlanReadError)?.message(.zh).components(separatedBy: "\n"), [
                "cohorts.csv 第 1 行：缺少列“site”", "cohorts.csv 第 1 行：缺少列“sessions”", "assignments.csv 第 1 行：缺少列“teacher”",
            ])
        }
    }
}
