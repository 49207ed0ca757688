import Foundation
import Reports
import SheetFiles
import TrainPlanCore
import XCTest
import ZIPFoundation

/// The template a planner fills in: sheets in order with Chinese headers, a note on every header, drop-downs
/// for fixed values, frozen headers; and an instance written as a workbook loads to the same instance.
final class TemplateWorkbookTests: XCTestCase {
    private func write(_ content: InstanceWorkbookContent) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("template-\(UUID().uuidString).xlsx").path
        try TemplateWorkbook(content: content).write(to: path)
        return path
    }

    private func part(_ path: String, _ name: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var data = Data()
        _ = try archive.extract(try XCTUnwrap(archive[name], name)) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    func testEmptyTemplateHasEverySheetWithChineseHeadersAndDefaults() throws {
        let path = try write(.empty())
        let grids = try SpreadsheetFile.read(path: path)
        XCTAssertEqual(grids.map(\.name), ["说明", "设置", "日历", "培训团队", "学校", "教师", "培训点", "培训项目", "名额", "距离"])
        let teachers = try XCTUnwrap(grids.first { $0.name == "教师" })
        XCTAssertEqual(teachers.rows.first?.cells, ["工号", "姓名", "学校编号", "学段", "学科", "标签", "周课时", "已修学时",
                                                    "不可参训日期"].map(SheetCell.text))
        let settings = try XCTUnwrap(grids.first { $0.name == "设置" })
        XCTAssertEqual(settings.rows[0].cells, [.text("键"), .text("值"), .text("说明")])
        XCTAssertTrue(settings.rows.contains { $0.cells.prefix(2) == [.text("defaults.max_away_share"), .number(0.15)] })
        XCTAssertTrue(settings.rows.contains { $0.cells.first == .text("calendar.start") && $0.cell(1) == .empty })
    }

    func testHeadersCarryNotesDropDownsAndStayFrozen() throws {
        let path = try write(.empty())
        // Sheet 6 is 教师 (说明 is sheet 1).
        let teachers = try part(path, "xl/worksheets/sheet6.xml")
        XCTAssertTrue(teachers.contains("<pane ySplit=\"1\""), "frozen header row")
        XCTAssertTrue(teachers.contains("<dataValidation type=\"list\""), teachers)
        XCTAssertTrue(teachers.contains("\"幼儿园,小学,初中,高中,中职\""), "the stage drop-down")
        XCTAssertTrue(teachers.contains("<col "), "column widths")
        // Comment parts are numbered over the sheets that have comments; 说明 has none.
        let comments = try part(path, "xl/comments5.xml")
        XCTAssertTrue(comments.contains("stage（必填）：学段：幼儿园、小学、初中、高中、中职"), comments)
        let programmes = try part(path, "xl/worksheets/sheet8.xml")
        XCTAssertTrue(programmes.contains("\"集中,送教,脱产,网络\""), "the mode drop-down")
        let sites = try part(path, "xl/worksheets/sheet7.xml")
        XCTAssertTrue(sites.contains("\"县级培训中心,送教点,县外基地,网络\""), "the site-kind drop-down")
        XCTAssertTrue(sites.contains("\"是,否\""), "the lodging drop-down")
    }

    func testAFormulaLikeNameIsWrittenExactlyInExcelsTextFormat() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("instances/demo-county").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formula-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: source, toPath: folder)
        let teachers = folder + "/teachers.csv"
        let text = try String(contentsOfFile: teachers, encoding: .utf8)
        let first = try XCTUnwrap(text.split(separator: "\n").dropFirst().first)
        let fields = first.split(separator: ",", omittingEmptySubsequences: false)
        let edited = ([fields[0], "=1+2"] + fields.dropFirst(2)).joined(separator: ",")
        try text.replacingOccurrences(of: String(first), with: edited).write(toFile: teachers, atomically: true, encoding: .utf8)
        let loaded = try InstanceLoader.load(path: folder)
        let path = try write(try InstanceWorkbookContent.of(path: folder, instance: loaded.instance))

        // The cell holds the text as typed, in a style Excel keeps as text when the cell is edited.
        let sheet = try part(path, "xl/worksheets/sheet6.xml")
        let cell = try XCTUnwrap(sheet.range(of: #"<c r="B2" s="(\d+)""#, options: .regularExpression), "B2 is styled")
        let styleIndex = try XCTUnwrap(Int(sheet[cell].split(separator: "\"")[3]))
        let styles = try part(path, "xl/styles.xml")
        let cellFormats = try XCTUnwrap(styles.components(separatedBy: "<cellXfs").last?.components(separatedBy: "<xf ")).dropFirst()
        let format = Array(cellFormats)[styleIndex]
        let numberFormat = try XCTUnwrap(format.split(separator: "\"").dropFirst().first, format)
        XCTAssertTrue(styles.contains("<numFmt numFmtId=\"\(numberFormat)\" formatCode=\"@\"/>"), "Excel's Text format: \(styles)")
        XCTAssertFalse(sheet.contains("<f>"), "no formula is written")
        let reloaded = try InstanceLoader.load(path: path)
        XCTAssertEqual(reloaded.instance.teachers.first?.name, "=1+2")
        XCTAssertEqual(reloaded.instance.sourceHash, loaded.instance.sourceHash)
    }

    func testAnInstanceWrittenAsAWorkbookLoadsToTheSameInstance() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("instances/demo-county").path
        let loaded = try InstanceLoader.load(path: folder)
        let path = try write(try InstanceWorkbookContent.of(path: folder, instance: loaded.instance))
        let reloaded = try InstanceLoader.load(path: path)
        XCTAssertTrue(reloaded.warnings.isEmpty, "\(reloaded.warnings)")
        XCTAssertEqual(reloaded.instance.sourceHash, loaded.instance.sourceHash)
        XCTAssertEqual(reloaded.instance.teachers.count, loaded.instance.teachers.count)
        // Number columns are number cells, so Excel shows no "number stored as text"; ids stay text.
        let teachers = try XCTUnwrap(try SpreadsheetFile.read(path: path).first { $0.name == "教师" })
        XCTAssertEqual(teachers.rows[1].cell(0), .text("T0001"))
        XCTAssertEqual(teachers.rows[1].cell(6), .number(9))
    }
}
