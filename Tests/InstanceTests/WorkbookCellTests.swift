import Foundation
import SheetFiles
import XCTest

/// What real .xlsx files hold, read to typed cells: shared and inline strings, rich text, numbers, booleans,
/// errors, formulas, date formats in both date systems, sparse cells, hidden sheets and odd part names.
final class WorkbookCellTests: XCTestCase {
    private func read(_ workbook: MiniWorkbook, limits: SpreadsheetLimits = SpreadsheetLimits()) throws -> [SheetGrid] {
        let path = workbook.write()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        return try SpreadsheetFile.read(path: path, limits: limits)
    }

    func testStringsNumbersBooleansErrorsAndFormulas() throws {
        var workbook = MiniWorkbook()
        workbook.sharedStringItemsXML = [
            "<si><t>王芳</t></si>",
            // Rich text runs are joined; the phonetic guide is not part of the text.
            "<si><r><rPr><b/></rPr><t>示例</t></r><r><t xml:space=\"preserve\">县 一中</t></r><rPh sb=\"0\" eb=\"1\"><t>shili</t></rPh></si>",
        ]
        workbook.addSheet("教师", rowsXML: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>内联</t></is></c></row>\
            <row r="3"><c r="B3"><v>14</v></c><c r="D3"><v>0.15</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="s"><v>7</v></c></row>\
            <row r="4"><c r="A4"><f>7*2</f><v>14</v></c><c r="C4"><f>SUM(A1:A3)</f></c><c r="D4" t="str"><f>A1</f><v>王芳</v></c><c r="E4"><f>A1+</f><v/></c></row>
            """)
        let grid = try XCTUnwrap(read(workbook).first)
        XCTAssertEqual(grid.name, "教师")
        XCTAssertEqual(grid.rows.map(\.number), [1, 3, 4], "sparse rows keep their numbers")
        XCTAssertEqual(grid.rows[0].cells, [.text("王芳"), .text("示例县 一中"), .text("内联")])
        XCTAssertEqual(grid.rows[1].cells, [.empty, .number(14), .empty, .number(0.15), .boolean(true), .error("#N/A"),
                                            .missingSharedString],
                       "cells are placed by their reference")
        XCTAssertEqual(grid.rows[2].cells, [.number(14), .empty, .formulaWithoutValue("SUM(A1:A3)"), .text("王芳"),
                                            .formulaWithoutValue("A1+")], "openpyxl writes an empty value")
    }

    func testDateFormatsInBothDateSystems() throws {
        for uses1904 in [false, true] {
            var workbook = MiniWorkbook()
            workbook.uses1904 = uses1904
            workbook.customFormats = [164: "yyyy\"年\"m\"月\"d\"日\"", 165: "[$-804]yyyy/m/d;@", 166: "0.00", 167: "h:mm"]
            workbook.cellFormats = [0, 14, 164, 165, 166, 167, 31, 57]
            // 46266 is 2026-09-01 in the 1900 system; the 1904 system counts 1462 days fewer.
            let serial = uses1904 ? 46266 - 1462 : 46266
            let cells = (1...7).map { "<c r=\"\(MiniWorkbook.columnName($0 - 1))1\" s=\"\($0)\"><v>\(serial)</v></c>" }
            workbook.addSheet("设置", rowsXML: "<row r=\"1\">\(cells.joined())</row>")
            let row = try XCTUnwrap(read(workbook).first?.rows.first)
            let date = SheetCell.date(year: 2026, month: 9, day: 1)
            XCTAssertEqual(row.cells, [date, date, date, .number(Double(serial)), .number(Double(serial)), date, date],
                           "1904: \(uses1904)")
        }
    }

    func testExcels1900LeapYearBugAndDateTimes() throws {
        var workbook = MiniWorkbook()
        workbook.cellFormats = [0, 14, 22]
        workbook.addSheet("日历", rowsXML: """
            <row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c><c r="C1" s="1"><v>61</v></c>\
            <c r="D1" s="2"><v>46266.75</v></c></row>
            """)
        let row = try XCTUnwrap(read(workbook).first?.rows.first)
        XCTAssertEqual(row.cells, [.date(year: 1900, month: 1, day: 1), .date(year: 1900, month: 2, day: 28),
                                   .date(year: 1900, month: 3, day: 1), .date(year: 2026, month: 9, day: 1)])
    }

    func testSheetsComeFromWorkbookXMLInTabOrderWithVisibility() throws {
        var workbook = MiniWorkbook()
        workbook.addTextSheet("说明", [["x"]])
        workbook.addTextSheet("lists", [["集中"]])
        workbook.sheets[1].hidden = true
        workbook.sheets[0].partName = "worksheets/sheet2.xml"
        workbook.sheets[1].partName = "../xl/other/sheet1.xml"
        let grids = try read(workbook)
        XCTAssertEqual(grids.map(\.name), ["说明", "lists"])
        XCTAssertEqual(grids.map(\.isHidden), [false, true])
        XCTAssertEqual(grids[1].rows.first?.cells, [.text("集中")])
    }

    /// Cells merged in Excel (a 学区 written once beside a block of schools) hold the first cell's value down the
    /// range, as Excel shows them: they were read as empty, and those schools had no 学区. A header widened over
    /// its empty neighbour is not copied across (it would be a second column of the same name); a repeated
    /// row number, which trapped the first version, is read; a merge down to the last row meets the row limit.
    func testMergedCellsHoldTheirFirstValueDownTheRange() throws {
        var workbook = MiniWorkbook()
        let rows = MiniWorkbook.rowsXML([["编号", "学区"], ["S01", "城关"], ["S02"], ["S03"], ["S04", "西店"]])
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>S05</t></is></c></row>"
        let merges = ["B2:B4", "B1:C1", "C9:D10", "A5:A6"].map { "<mergeCell ref=\"\($0)\"/>" }.joined()
        workbook.addSheet("学校", rowsXML: rows, afterData: "<mergeCells>\(merges)</mergeCells>")
        let grid = try XCTUnwrap(read(workbook).first)
        XCTAssertEqual(grid.rows.map { $0.cell(1) }, [.text("学区"), .text("城关"), .text("城关"), .text("城关"), .text("西店"), .empty, .empty])
        XCTAssertEqual(grid.rows[0].cell(2), .empty, "not copied across the header row")
        XCTAssertEqual(grid.rows.map(\.number), [1, 2, 3, 4, 5, 5, 6], "an empty merged range adds nothing; row 6 from A5:A6")

        var limits = SpreadsheetLimits()
        limits.maxRowsPerSheet = 100
        var tall = MiniWorkbook()
        tall.addSheet("学校", rowsXML: MiniWorkbook.rowsXML([["编号"], ["S01"]]), afterData: "<mergeCells><mergeCell ref=\"A2:A1048576\"/></mergeCells>")
        XCTAssertThrowsError(try read(tall, limits: limits)) { error in
            XCTAssertEqual(error as? SpreadsheetError, .tooManyRows(sheet: "学校", limit: 100))
        }
    }

    /// A sheet the caller does not want (a planner's statistics sheet beside the instance sheets) is read up to
    /// its first non-empty row only: enough to say it is there and ignored, where reading five such sheets of
    /// 7.9M cells took 37 s and 1.5 GB.
    func testASheetNotWantedIsReadToItsFirstRowOnly() throws {
        var workbook = MiniWorkbook()
        workbook.addTextSheet("教师", [["工号"], ["T01"], ["T02"]])
        workbook.addTextSheet("统计", [[], ["合计", "3"], ["平均", "1"]])
        let path = workbook.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let grids = try SpreadsheetFile.read(path: path) { $0 == "教师" }
        XCTAssertEqual(grids.map(\.name), ["教师", "统计"])
        XCTAssertEqual(grids[0].rows.count, 3)
        XCTAssertEqual(grids[1].rows.map(\.number), [2], "its first non-empty row, nothing after it")
    }

    func testEmptyStyledRowsUpToTheLastRowAreNotKept() throws {
        var workbook = MiniWorkbook()
        // Formatting a whole column leaves a styled empty cell in every row, down to row 1,048,576.
        var rows = MiniWorkbook.rowsXML([["工号", "姓名"], ["T01", "王芳"]])
        rows += (3...1_000_000).lazy.map { "<row r=\"\($0)\"><c r=\"A\($0)\" s=\"0\"/></row>" }.joined()
        workbook.addSheet("教师", rowsXML: rows)
        let grid = try XCTUnwrap(read(workbook).first)
        XCTAssertEqual(grid.rows.count, 2)
    }

    func testTooManyRowsAndZipBombsEndInErrors() throws {
        var limits = SpreadsheetLimits()
        limits.maxRowsPerSheet = 100
        var rows = MiniWorkbook()
        rows.addTextSheet("教师", (1...101).map { ["T\($0)"] })
        XCTAssertThrowsError(try read(rows, limits: limits)) { error in
            XCTAssertEqual(error as? SpreadsheetError, .tooManyRows(sheet: "教师", limit: 100))
        }

        limits = SpreadsheetLimits()
        limits.maxPartBytes = 1 << 20
        var bomb = MiniWorkbook()
        // 4 MB of spaces compress to a few kilobytes.
        bomb.addSheet("教师", rowsXML: String(repeating: " ", count: 4 << 20))
        XCTAssertThrowsError(try read(bomb, limits: limits)) { error in
            guard case .tooLarge(.inflatedPart(_, megabytes: 1))? = error as? SpreadsheetError else { return XCTFail("\(error)") }
        }
        // Parts each within their limit, beyond the total together: the total is named, not a part's remainder.
        limits.maxTotalBytes = 1 << 20
        var pair = MiniWorkbook()
        pair.addSheet("教师", rowsXML: String(repeating: " ", count: 600 << 10))
        pair.addSheet("学校", rowsXML: String(repeating: " ", count: 600 << 10))
        XCTAssertThrowsError(try read(pair, limits: limits)) { error in
            XCTAssertEqual(error as? SpreadsheetError, .tooLarge(.inflatedTotal(megabytes: 1)))
        }

        limits = SpreadsheetLimits()
        limits.maxCellsPerSheet = 100_000
        var wide = MiniWorkbook()
        // Each row reaches column XFD: 16,384 cell slots per row.
        wide.addSheet("教师", rowsXML: (1...10).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined())
        XCTAssertThrowsError(try read(wide, limits: limits)) { error in
            XCTAssertEqual(error as? SpreadsheetError, .tooLarge(.cells(sheet: "教师", limit: 100_000)))
        }

        limits = SpreadsheetLimits()
        limits.maxEntries = 50
        let crowded = MiniWorkbook.zip((0..<60).map { ("x/\($0).xml", Data("<a/>".utf8)) })
        let path = MiniWorkbook.temporaryFile(named: "crowded.xlsx", crowded)
        XCTAssertThrowsError(try SpreadsheetFile.read(path: path, limits: limits)) { error in
            guard case .tooLarge? = error as? SpreadsheetError else { return XCTFail("\(error)") }
        }
    }
}
