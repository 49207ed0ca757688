import Foundation
import Reports
import TrainPlanCore
import XCTest

final class ReportWriterTests: XCTestCase {
    func testWritesEveryOutput() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report").path
        try ReportWriter(instance: ReportFixture.instance, plan: ReportFixture.plan, summary: nil, language: .zh).write(to: out)
        let written = try FileManager.default.subpathsOfDirectory(atPath: out).filter { !$0.hasSuffix("/") }.sorted()
        XCTAssertEqual(written, [
            "calendars", "calendars/S1.ics", "calendars/S2.ics", "calendars/teachers", "calendars/teachers/T1.ics",
            "calendars/teachers/T2.ics", "calendars/teachers/T3.ics", "calendars/teachers/T4.ics",
            "csv", "csv/cohorts.csv", "csv/notices.csv", "csv/quotas.csv", "csv/roster.csv", "csv/work-study.csv",
            "ledger-schools.csv", "ledger.csv", "notices", "notices/S1.html", "notices/S2.html", "report.html", "workbook.xlsx",
        ])
        // A second run replaces the folder; nothing is left beside it.
        try ReportWriter(instance: ReportFixture.instance, plan: ReportFixture.plan, summary: nil, language: .en).write(to: out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["report"])
    }

    func testSamePlanGivesTheSameBytes() throws {
        let (first, second) = (try ReportFixture.files(), try ReportFixture.files())
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for name in first.keys { XCTAssertEqual(first[name], second[name], name) }
    }

    func testRefusesToReplaceAFolderThatIsNotAReport() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("keep".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let writer = ReportWriter(instance: ReportFixture.instance, plan: ReportFixture.plan, summary: nil, language: .zh)
        XCTAssertThrowsError(try writer.write(to: folder.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }
}
