import Foundation
@testable import Reports
import TrainPlanCore
import XCTest

final class WorkbookTests: XCTestCase {
    private var unzip: String { "/usr/bin/unzip" }

    /// A member of the xlsx zip, read with unzip (which also proves the file is a valid zip).
    private func member(_ name: String, of xlsx: Data) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: unzip) else { throw XCTSkip("unzip is not installed") }
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("workbook.xlsx").path
        try xlsx.write(to: URL(fileURLWithPath: path))
        let result = try runProgram(unzip, ["-p", path, name])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testWorkbookHasTheSixChineseSheets() throws {
        let xlsx = try XCTUnwrap(try ReportFixture.files()["workbook.xlsx"])
        XCTAssertEqual(Array(xlsx.prefix(2)), [0x50, 0x4B], "an xlsx is a zip file")
        let workbook = try member("xl/workbook.xml", of: xlsx)
        let names = ["班次", "名单", "各校通知", "名额落实", "工学矛盾", "学时"]
        let positions = names.map { workbook.range(of: "name=\"\($0)\"")?.lowerBound }
        XCTAssertFalse(positions.contains(nil), workbook)
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted(), "sheets in order")
    }

    func testSharedStringsHoldHeadersNamesAndPlaces() throws {
        let strings = try member("xl/sharedStrings.xml", of: try XCTUnwrap(try ReportFixture.files()["workbook.xlsx"]))
        for text in ["班次编号", "培训团队", "张三", "县教师发展中心", "数学骨干研修, 第一期; 集中", "最少", "缺口",
                     "教学日缺课（人·天）", "尚差学时", "学区 D2", "&lt;二小&gt;&amp;"] {
            XCTAssertTrue(strings.contains(text), "missing \(text)")
        }
    }

    func testDatesAreRealExcelDatesWithADateFormat() throws {
        let xlsx = try XCTUnwrap(try ReportFixture.files()["workbook.xlsx"])
        let cohorts = try member("xl/worksheets/sheet1.xml", of: xlsx)
        // Excel's serial day number: days since 1899-12-30; 1970-01-01 is 25569.
        let serial = ReportFixture.day(0).ordinal + 25_569
        XCTAssertTrue(cohorts.contains("<v>\(serial)</v>"), cohorts)
        XCTAssertTrue(try member("xl/styles.xml", of: xlsx).contains("formatCode=\"yyyy-mm-dd\""))
        XCTAssertTrue(cohorts.contains("<col "), "column widths are set")
    }

    func testEnglishWorkbookHasEnglishSheetNames() throws {
        let workbook = try member("xl/workbook.xml", of: try XCTUnwrap(try ReportFixture.files(.en)["workbook.xlsx"]))
        XCTAssertTrue(workbook.contains("name=\"Cohorts\""))
        XCTAssertTrue(workbook.contains("name=\"Hours\""))
    }

    func testSheetCSVCopiesAreExcelFriendly() throws {
        let files = try ReportFixture.files()
        for name in ["csv/cohorts.csv", "csv/roster.csv", "csv/notices.csv", "csv/quotas.csv", "csv/work-study.csv"] {
            XCTAssertEqual(Array(try XCTUnwrap(files[name], name).prefix(3)), [0xEF, 0xBB, 0xBF], name)
        }
        let quotas = ReportFixture.text(files, "csv/quotas.csv").dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(quotas[0], "项目编号,项目,范围,最少,最多,已安排,缺口")
        XCTAssertEqual(quotas[1], "P1,\"数学骨干研修, 第一期; 集中\",全县,3,3,2,1")
        XCTAssertEqual(quotas[2], "P1,\"数学骨干研修, 第一期; 集中\",学区 D2,2,—,1,1")
        let cohorts = ReportFixture.text(files, "csv/cohorts.csv").dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(cohorts[0], "班次编号,项目编号,项目,培训点,第1次开始,第1次结束,第2次开始,第2次结束,人数,培训团队")
        XCTAssertEqual(cohorts[1], "K1,P1,\"数学骨干研修, 第一期; 集中\",县教师发展中心,2026-09-07,2026-09-08,2026-09-14,2026-09-15,2,songjiao")
        let workStudy = ReportFixture.text(files, "csv/work-study.csv").dropFirst().components(separatedBy: "\r\n")
        // S1: T1 on 4 K1 days + K2, T2 on K2: 6 teacher-days; peak 2 of 2 on the Wednesday.
        XCTAssertEqual(workStudy[1], "S1,第一小学,D1,2,1,6,2,100.0%")
    }

    func testNoticeSheetHasOneBlockPerSchool() throws {
        let notices = ReportFixture.text(try ReportFixture.files(), "csv/notices.csv")
        XCTAssertTrue(notices.contains("S1 第一小学（学区 D1）：3 人次参训"))
        XCTAssertTrue(notices.contains("S2 <二小>&（学区 D2）：2 人次参训"))
        XCTAssertTrue(notices.contains("T1,张三,班主任培训,县教师发展中心,2026-09-09,2026-09-09,6"))
    }

    func testFormulaLikeTextIsWrittenExactlyInExcelsTextFormat() throws {
        var sheet = ReportSheet(name: "班次", fileStem: "cohorts", columnWidths: [20, 20])
        sheet.title("=TITLE()")
        sheet.header(["姓名", "学校"])
        sheet.body([.text("=1+2"), .text("张三")])
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("w.xlsx").path
        try XLSXCalls(title: "t", created: 0).write([sheet], to: path)
        let xlsx = try Data(contentsOf: URL(fileURLWithPath: path))
        let cells = try member("xl/worksheets/sheet1.xml", of: xlsx)
        let styles = try member("xl/styles.xml", of: xlsx)
        XCTAssertFalse(cells.contains("<f>"), "no formula is written")
        XCTAssertTrue(try member("xl/sharedStrings.xml", of: xlsx).contains(">=1+2<"), "the text as typed")
        // A3 (=1+2) and A1 (the title) carry a style with Excel's Text format; B3 (张三) does not.
        func numberFormatCode(_ reference: String) -> String? {
            guard let cell = cells.range(of: "<c r=\"\(reference)\"[^>]*>", options: .regularExpression) else { return nil }
            guard let style = cells[cell].range(of: #"s="\d+""#, options: .regularExpression) else { return "General" }
            let index = Int(cells[style].dropFirst(3).dropLast())!
            let formats = Array(styles.components(separatedBy: "<cellXfs").last!.components(separatedBy: "<xf ").dropFirst())
            let id = formats[index].split(separator: "\"")[1]
            guard let code = styles.range(of: "numFmtId=\"\(id)\" formatCode=\"[^\"]*\"", options: .regularExpression) else { return "built-in \(id)" }
            return String(styles[code].split(separator: "\"").last!)
        }
        XCTAssertEqual(numberFormatCode("A3"), "@")
        XCTAssertEqual(numberFormatCode("A1"), "@")
        XCTAssertNotEqual(numberFormatCode("B3"), "@")
    }

    func testAFailedLibxlsxwriterCallBecomesASwiftError() throws {
        let sheets = WorkbookSheets(context: ReportFixture.context()).all
        let writer = XLSXCalls(title: "t", created: 0)
        XCTAssertThrowsError(try writer.write(sheets, to: "/nonexistent-folder/workbook.xlsx")) { error in
            let message = (error as? WorkbookError)?.message(.zh) ?? ""
            XCTAssertTrue(message.hasPrefix("写工作簿失败：workbook_close："), message)
        }
    }
}
