import Foundation
@testable import Reports
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
            ".trainplan", "calendars", "calendars/S1.ics", "calendars/S2.ics", "calendars/teachers", "calendars/teachers/T1.ics",
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

    /// Before the marker, any folder holding report.html was wiped with everything in it.
    func testRefusesAFolderThatMerelyHoldsAReportFile() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<p>mine</p>".utf8).write(to: folder.appendingPathComponent("report.html"))
        try Data("keep".utf8).write(to: folder.appendingPathComponent("keep.txt"))
        let writer = ReportWriter(instance: ReportFixture.instance, plan: ReportFixture.plan, summary: nil, language: .zh)
        XCTAssertThrowsError(try writer.write(to: folder.path)) {
            XCTAssertTrue("\($0)".contains("no .trainplan marker"), "\($0)")
        }
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("keep.txt"), encoding: .utf8), "keep")
    }

    func testFileNamesOfIdsNeverCollide() {
        var names = SafeFileNames()
        XCTAssertEqual(names.name(for: "a/b"), "a~2F~b")
        XCTAssertEqual(names.name(for: "a_b"), "a_b")
        XCTAssertEqual(names.name(for: "../x"), "~2E~~2E~~2F~x")
        XCTAssertLessThanOrEqual(names.name(for: String(repeating: "/", count: 64)).utf8.count, SafeFileNames.longestName)
    }

    /// Excel runs a cell that starts with = + - @ as a formula: text cells get a leading ', numbers stay numbers.
    func testHumanCSVCellsNeverStartAFormula() {
        var sheet = ReportSheet(name: "t", fileStem: "t", columnWidths: [10, 10, 10, 10])
        sheet.header(["name", "value"])
        sheet.body([.text("=HYPERLINK(\"http://x\",\"y\")"), .number(-3), .text("@SUM(1)"), .text("+1+1")])
        sheet.body([.text("-x"), .text("\tTAB"), .text("a=b"), .text("普通")])
        let text = String(decoding: sheet.csv().dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "name,value,,\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,'@SUM(1),'+1+1\r\n'-x,'\tTAB,a=b,普通\r\n")
        let table = ResultTable(header: ["scenario", "cost"], rows: [["=1+1", "-12.5"], ["-base", "=2"]], numericColumns: [1])
        XCTAssertEqual(String(decoding: table.csv().dropFirst(3), as: UTF8.self), "scenario,cost\n'=1+1,-12.5\n'-base,'=2\n")
    }
}
