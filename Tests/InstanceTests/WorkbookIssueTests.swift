import Foundation
import SheetFiles
import TrainPlanCore
import XCTest

/// Every workbook problem names its sheet and cell, in Chinese and English; files that are no workbook end
/// in one clear error.
final class WorkbookIssueTests: XCTestCase {
    private func issues(_ workbook: MiniWorkbook) -> [InstanceIssue] {
        do {
            _ = try ValidWorkbook.load(workbook)
            XCTFail("expected the workbook to be invalid")
            return []
        } catch {
            return error.issues
        }
    }

    private func messages(_ workbook: MiniWorkbook, _ language: Language) -> [String] {
        issues(workbook).map { $0.message(language) }
    }

    func testTheValidWorkbookLoadsLikeTheValidFolder() throws {
        let loaded = try ValidWorkbook.load(ValidWorkbook.workbook())
        XCTAssertTrue(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let folder = try ScratchInstance().load().instance
        XCTAssertEqual(loaded.instance.dumpIgnoringHash, folder.dumpIgnoringHash)
        XCTAssertEqual(loaded.instance.sourceHash, folder.sourceHash)
    }

    /// Teachers hidden in Excel (by hand, or by a filter showing one 学区) are planned like the others, and the
    /// planner is told which rows, once per sheet: hiding was read as leaving them out.
    func testHiddenRowsAreReadAndNamed() throws {
        var workbook = ValidWorkbook.workbook()
        let teachers = try XCTUnwrap(workbook.sheets.firstIndex { $0.name == "教师" })
        for row in [3, 5] {
            workbook.sheets[teachers].rowsXML = workbook.sheets[teachers].rowsXML
                .replacingOccurrences(of: "<row r=\"\(row)\">", with: "<row r=\"\(row)\" hidden=\"1\">")
        }
        let loaded = try ValidWorkbook.load(workbook)
        XCTAssertEqual(loaded.instance.teachers.count, try ScratchInstance().load().instance.teachers.count, "hidden rows are planned")
        XCTAssertEqual(loaded.warnings.map(\.kind), [.hiddenRows([3, 5])])
        XCTAssertEqual(loaded.warnings.first?.message(.zh),
                       "工作表 教师：第 3、5 行在 Excel 中已隐藏或被筛选掉，仍照常读取（不应参与规划的行请删除，而不是隐藏）")
    }

    func testABadCellIsNamedBySheetAndCell() {
        // 教师 row 3 is T02; stage is column D.
        let workbook = ValidWorkbook.workbook { sheets in sheets[4].rows[2][3] = "大学" }
        XCTAssertTrue(messages(workbook, .zh).contains { $0.hasPrefix("教师!D3 \"stage\" 列：未知的取值 \"大学\"") },
                      "\(messages(workbook, .zh))")
        XCTAssertTrue(messages(workbook, .en).contains { $0.hasPrefix("教师!D3, column \"stage\": unknown value \"大学\"") },
                      "\(messages(workbook, .en))")
    }

    func testAnUnknownReferenceNamesTheSheetNotTheFile() {
        let workbook = ValidWorkbook.workbook { sheets in sheets[4].rows[1][2] = "S99" }
        let english = messages(workbook, .en)
        XCTAssertTrue(english.contains("教师!C2, column \"school\": unknown school \"S99\" (expected an id from the schools sheet)"),
                      "\(english)")
        XCTAssertTrue(messages(workbook, .zh).contains("教师!C2 \"school\" 列：未知学校 \"S99\"（应为学校表中的编号）"))
    }

    func testSettingsProblemsNameTheValueCell() {
        let workbook = ValidWorkbook.workbook { sheets in
            sheets[0].rows[5][1] = "0.5" // defaults.road_factor below 1
            sheets[0].rows[2][1] = "2026-13-01" // calendar.start
        }
        let zh = messages(workbook, .zh)
        XCTAssertTrue(zh.contains { $0.hasPrefix("设置!B6 \"值\" 列：\"0.5\" 太小") }, "\(zh)")
        XCTAssertTrue(zh.contains("设置!B3 \"值\" 列：日期 \"2026-13-01\" 不存在（月份应为 1 到 12）"), "\(zh)")
        XCTAssertTrue(messages(workbook, .en).contains { $0.hasPrefix("设置!B6, column \"值\": \"0.5\" is too small") })
    }

    func testAnUnknownSettingsKeyNamesTheKeyCell() throws {
        let workbook = ValidWorkbook.workbook { sheets in sheets[0].rows.append(["weights.travel", "3"]) }
        let loaded = try ValidWorkbook.load(workbook)
        XCTAssertEqual(loaded.warnings.map { $0.message(.en) }.first?.hasPrefix(
            "设置!A8, column \"键\": unknown key, ignored"), true, "\(loaded.warnings)")
    }

    func testMissingHorizonAndCalendarAndTeamCells() {
        let workbook = ValidWorkbook.workbook { sheets in
            sheets[0].rows.remove(at: 3) // calendar.end
            sheets[1].rows[1][1] = "2026-10-07..2026-10-01"
            sheets[1].rows[3][2] = "大学"
            sheets[2].rows[2][1] = "-1"
        }
        let en = messages(workbook, .en)
        XCTAssertTrue(en.contains { $0.hasPrefix("sheet 设置, key \"calendar.end\": required key is missing") }, "\(en)")
        XCTAssertTrue(en.contains { $0.hasPrefix("日历!B2, column \"日期\": date range \"2026-10-07..2026-10-01\" ends") },
                      "\(en)")
        XCTAssertTrue(en.contains { $0.hasPrefix("日历!C4, column \"学段\": unknown value \"大学\"") }, "\(en)")
        XCTAssertTrue(en.contains { $0.hasPrefix("培训团队!B3, column \"数量\": \"-1\" is too small") }, "\(en)")
    }

    func testFormulaWithoutResultAndErrorValueNameTheirCells() {
        var workbook = ValidWorkbook.workbook()
        // 教师 row 2: weekly_periods (G2) a formula never calculated, cycle_hours (H2) #DIV/0!.
        workbook.sheets[4].rowsXML = workbook.sheets[4].rowsXML
            .replacingOccurrences(of: "<c r=\"G2\" t=\"inlineStr\"><is><t>16</t></is></c>",
                                  with: "<c r=\"G2\"><f>8*2</f></c>")
            .replacingOccurrences(of: "<c r=\"H2\" t=\"inlineStr\"><is><t>120</t></is></c>",
                                  with: "<c r=\"H2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
        let zh = messages(workbook, .zh)
        XCTAssertTrue(zh.contains { $0.hasPrefix("教师!G2 \"weekly_periods\" 列：公式 =8*2 没有保存计算结果") }, "\(zh)")
        XCTAssertTrue(zh.contains { $0.hasPrefix("教师!H2 \"cycle_hours\" 列：单元格是错误值 #DIV/0!") }, "\(zh)")
        XCTAssertTrue(messages(workbook, .en).contains { $0.hasPrefix("教师!G2, column \"weekly_periods\": formula =8*2 has no saved result") })
    }

    /// A damaged cell pointing to a shared string that does not exist is that cell's problem: the rest of
    /// the workbook is read and its other problems listed too. A workbook with no shared-string table at all
    /// is one damaged file, said once.
    func testAMissingSharedStringIsOneCellsProblem() {
        var workbook = ValidWorkbook.workbook { sheets in sheets[4].rows[2][3] = "大学" }
        workbook.sheets[4].rowsXML = workbook.sheets[4].rowsXML
            .replacingOccurrences(of: "<c r=\"G2\" t=\"inlineStr\"><is><t>16</t></is></c>", with: "<c r=\"G2\" t=\"s\"><v>99</v></c>")
        XCTAssertEqual(messages(workbook, .zh), ["test.xlsx：工作簿缺少 xl/sharedStrings.xml（应为 Excel 工作簿，而不是其他 zip 文件）"])
        workbook.sharedStringItemsXML = ["<si><t>一中</t></si>"]
        let zh = messages(workbook, .zh)
        XCTAssertTrue(zh.contains { $0.hasPrefix("教师!G2 \"weekly_periods\" 列：单元格指向工作簿中不存在的共享文本") }, "\(zh)")
        XCTAssertTrue(zh.contains { $0.hasPrefix("教师!D3 \"stage\" 列：未知的取值 \"大学\"") }, "\(zh)")
    }

    func testNumbersTypedAsNumbersReadAsTheirText() throws {
        var workbook = ValidWorkbook.workbook()
        // An id typed as a number and an integral float: the same instance as the text cells.
        workbook.sheets[4].rowsXML = workbook.sheets[4].rowsXML
            .replacingOccurrences(of: "<c r=\"G2\" t=\"inlineStr\"><is><t>16</t></is></c>", with: "<c r=\"G2\"><v>16.0</v></c>")
        let loaded = try ValidWorkbook.load(workbook)
        XCTAssertEqual(loaded.instance.teachers[0].weeklyPeriods, 16)

        let numericIDs = ValidWorkbook.workbook { sheets in
            sheets[4].rows[1][0] = "1001"
        }
        var typed = numericIDs
        typed.sheets[4].rowsXML = typed.sheets[4].rowsXML
            .replacingOccurrences(of: "<c r=\"A2\" t=\"inlineStr\"><is><t>1001</t></is></c>", with: "<c r=\"A2\"><v>1001</v></c>")
        XCTAssertEqual(try ValidWorkbook.load(typed).instance.teachers[0].id, "1001")
        XCTAssertEqual(try ValidWorkbook.load(typed).instance.sourceHash, try ValidWorkbook.load(numericIDs).instance.sourceHash)
    }

    /// A formula's noise (16.000000000000004, where Excel shows 16) reads as 16; an 18-digit 身份证号 typed as a
    /// number has lost its last digits in Excel and is named at its cell (it was read as "1.10101199001011e+17").
    func testFormulaNoiseReadsAsTheWholeNumberAndLostDigitsAreNamed() throws {
        var noisy = ValidWorkbook.workbook()
        noisy.sheets[4].rowsXML = noisy.sheets[4].rowsXML
            .replacingOccurrences(of: "<c r=\"G2\" t=\"inlineStr\"><is><t>16</t></is></c>", with: "<c r=\"G2\"><v>16.000000000000004</v></c>")
        XCTAssertEqual(try ValidWorkbook.load(noisy).instance.teachers[0].weeklyPeriods, 16)

        var idCard = ValidWorkbook.workbook { sheets in sheets[4].rows[1][0] = "1001" }
        idCard.sheets[4].rowsXML = idCard.sheets[4].rowsXML
            .replacingOccurrences(of: "<c r=\"A2\" t=\"inlineStr\"><is><t>1001</t></is></c>", with: "<c r=\"A2\"><v>1.10101199001011E+17</v></c>")
        XCTAssertEqual(messages(idCard, .zh), ["教师!A2 \"id\" 列：数字 110101199001011000 超过 15 位，Excel 只保存前 15 位，末几位已经丢失（如身份证号）：请把这一列设为文本后重新输入"])
    }

    func testMissingDuplicateAndUnknownSheets() {
        let missing = ValidWorkbook.workbook { sheets in sheets.remove(at: 0) }
        XCTAssertTrue(messages(missing, .zh).contains("test.xlsx：缺少必需的工作表（应有名为 \"设置\" 或 \"settings\" 的工作表）"),
                      "\(messages(missing, .zh))")
        XCTAssertTrue(messages(missing, .en).contains(
            "test.xlsx: required sheet is missing (expected a sheet named \"设置\" or \"settings\")"))

        let duplicate = ValidWorkbook.workbook { sheets in sheets.append(("Teachers", sheets[4].rows)) }
        XCTAssertTrue(messages(duplicate, .en).contains { $0.hasPrefix("sheet Teachers: same table as sheet \"教师\"") })

        let unknown = ValidWorkbook.workbook { sheets in sheets.append(("Sheet1", [["x"]])) }
        let loaded = try? ValidWorkbook.load(unknown)
        XCTAssertEqual(loaded?.warnings.map { $0.message(.en) }.first?.hasPrefix("sheet Sheet1: unknown sheet, ignored"), true)
    }

    func testHeaderProblemsNameTheHeaderCell() {
        let workbook = ValidWorkbook.workbook { sheets in
            sheets[4].rows[0][4] = "科目"
            sheets[5].rows[0][2] = "kind2"
        }
        let en = messages(workbook, .en)
        XCTAssertTrue(en.contains { $0.hasPrefix("教师!E1, column \"科目\": unknown column, ignored") }, "\(en)")
        XCTAssertTrue(en.contains { $0.hasPrefix("sheet 培训点 row 1: required column is missing") }, "\(en)")
    }

    func testFilesThatAreNoWorkbookEndInOneClearError() throws {
        let cases: [(String, Data)] = [
            ("renamed-csv.xlsx", Data(ScratchInstance().files["teachers.csv"]!)),
            ("renamed-html.xlsx", Data("<!DOCTYPE html><html><body><table><tr><td>工号</td></tr></table></body></html>".utf8)),
            ("corrupt.xlsx", {
                var bytes = ValidWorkbook.workbook().data()
                bytes.replaceSubrange(bytes.count / 3..<bytes.count / 3 + 400, with: Data(repeating: 0x5A, count: 400))
                return bytes
            }()),
            ("truncated.xlsx", ValidWorkbook.workbook().data().prefix(1000)),
            ("empty.xlsx", Data()),
            ("renamed-csv.xls", Data(ScratchInstance().files["teachers.csv"]!)),
        ]
        for (name, data) in cases {
            let path = MiniWorkbook.temporaryFile(named: name, data)
            XCTAssertThrowsError(try InstanceLoader.load(path: path), name) { error in
                let issues = (error as? InstanceLoadError)?.issues ?? []
                XCTAssertEqual(issues.count, 1, "\(name): \(issues)")
                let message = issues.first?.message(.zh) ?? ""
                XCTAssertTrue(message.hasPrefix("\(name)："), "\(name): \(message)")
                XCTAssertTrue(message.contains("工作簿") || message.contains(".xls"), "\(name): \(message)")
            }
        }
    }

    /// Systems that "export to Excel" write web pages and XML spreadsheets under .xls; a planner is told what
    /// the file is, not that it is damaged. Excel's "Unicode text" is UTF-16 with a byte order mark.
    func testAFileNamedLikeAWorkbookIsNamedForWhatItHolds() throws {
        let page = "\u{FEFF}\n  <html xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><body><table><tr><td>工号</td></tr></table></body></html>"
        let cases: [(name: String, data: Data, format: FileContent.DisguisedFormat, words: String)] = [
            ("导出.xls", Data(page.utf8), .webPage, "网页"),
            ("单个文件网页.xls", Data("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n".utf8), .webPage, "网页"),
            ("表格.xls", Data("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"教师\"><Table/></Worksheet></Workbook>".utf8),
             .xmlSpreadsheet, "XML"),
            ("教师.xlsx", Data(ScratchInstance().files["teachers.csv"]!), .text, "CSV"),
            ("Unicode 文本.xls", Data([0xFF, 0xFE] + "工号\t姓名\nT01\t王芳\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), .text, "CSV"),
        ]
        assertNamedForWhatTheyHold(cases)
    }

    /// Office files of other kinds renamed .xlsx (zip archives, as an .xlsx is) or .xls (compound files, as
    /// an .xls is) are named for what they are, not as a workbook missing its parts or a damaged file; so are
    /// a PDF, a picture, a RAR archive, a single-file web page saved by Internet Explorer (mail headers from
    /// "From:") and a page whose table comes after 10 KB of styles.
    func testOtherOfficeFilesAndLongWebPagesAreNamedForWhatTheyHold() throws {
        let zipped = { (entries: [(String, String)]) in MiniWorkbook.zip(entries.map { ($0.0, Data($0.1.utf8)) }) }
        let styles = "<html><head><style>" + String(repeating: "td { border: 1px solid #ccc; }\n", count: 400) + "</style></head>"
        let cases: [(name: String, data: Data, format: FileContent.DisguisedFormat, words: String)] = [
            ("名单.xlsx", zipped([("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")]), .wordDocument, "Word 文档"),
            ("汇报.xlsx", zipped([("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p:presentation/>")]), .presentation, "演示文稿"),
            ("教师.xlsx", zipped([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")]),
             .openDocument(isSpreadsheet: true), "OpenDocument 表格（.ods）"),
            ("通知.xlsx", zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")]),
             .openDocument(isSpreadsheet: false), "OpenDocument 文档"),
            ("存档.xls", Data("From: <由 Windows Internet Explorer 8 保存>\r\nSubject: 教师名单\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n".utf8),
             .webPage, "网页"),
            ("导出.xls", Data((styles + "<body><table><tr><td>工号</td></tr></table></body></html>").utf8), .webPage, "网页"),
            ("旧名单.xls", compoundFile(streams: ["WordDocument", "1Table"]), .wordDocument, "Word 文档"),
            ("旧汇报.xls", compoundFile(streams: ["PowerPoint Document"]), .presentation, "演示文稿"),
            ("扫描件.xlsx", Data("%PDF-1.7\n%âãÏÓ\n".utf8), .pdf, "PDF"),
            ("截图.xlsx", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), .image, "图片"),
            ("名单.xls", Data("Rar!\u{1A}\u{07}\u{00}".utf8), .compressedArchive, "压缩包"),
        ]
        XCTAssertGreaterThan(cases.first { $0.name == "导出.xls" }!.data.count, 10_000)
        assertNamedForWhatTheyHold(cases)
        // Binary data without a NUL byte is no text file.
        let binary = Data((0..<8192).map { UInt8(1 + $0 % 255) })
        XCTAssertEqual(FileContent.of(head: binary), .unknown)
        XCTAssertEqual(FileContent.of(head: Data("工号,姓名\r\nT01,王芳\r\n\u{0C}".utf8)), .disguised(.text), "a page break is text")
    }

    /// Each file, loaded under its name, fails with one error naming its format in these words and saying it
    /// is no workbook.
    private func assertNamedForWhatTheyHold(_ cases: [(name: String, data: Data, format: FileContent.DisguisedFormat, words: String)],
                                            file: StaticString = #filePath, line: UInt = #line) {
        for (name, data, format, words) in cases {
            let path = MiniWorkbook.temporaryFile(named: name, data)
            XCTAssertThrowsError(try InstanceLoader.load(path: path), name, file: file, line: line) { error in
                let issues = (error as? InstanceLoadError)?.issues ?? []
                XCTAssertEqual(issues.map(\.kind), [.unreadableWorkbook(.disguised(format))], name, file: file, line: line)
                let message = issues.first?.message(.zh) ?? ""
                XCTAssertTrue(message.hasPrefix("\(name)：文件其实是"), message, file: file, line: line)
                XCTAssertTrue(message.contains(words) && message.contains("不是"), message, file: file, line: line)
            }
        }
    }

    /// A compound file (the container of .xls, .doc and .ppt) whose directory names these streams: the
    /// 512-byte header, then one 128-byte directory entry per stream (UTF-16LE name, its byte length at 0x40,
    /// type 2 = stream at 0x42).
    private func compoundFile(streams: [String]) -> Data {
        var bytes = [UInt8]([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + [UInt8](repeating: 0, count: 504)
        for name in streams {
            var entry = (name.utf16 + [0]).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let length = entry.count
            entry += [UInt8](repeating: 0, count: 128 - entry.count)
            entry[0x40] = UInt8(length)
            entry[0x42] = 2
            bytes += entry
        }
        return Data(bytes)
    }

    /// A workbook with a password to open (Excel's "Encrypt with Password") is a compound file like an .xls:
    /// it is named as protected, not damaged, whatever its extension.
    func testAPasswordProtectedWorkbookIsNamedAsSuch() throws {
        let fixture = ScratchInstance.fixtures.appendingPathComponent("workbooks/password-protected.xlsx")
        let data = try Data(contentsOf: fixture)
        for name in ["加密.xlsx", "加密.xls"] {
            let path = MiniWorkbook.temporaryFile(named: name, data)
            XCTAssertThrowsError(try InstanceLoader.load(path: path), name) { error in
                let issues = (error as? InstanceLoadError)?.issues ?? []
                XCTAssertEqual(issues.map(\.kind), [.unreadableWorkbook(.passwordProtected)], name)
                XCTAssertEqual(issues.first?.message(.zh),
                               "\(name)：工作簿已加密（设有打开密码，或 .xls 设了工作簿保护），无法读取（应在 Excel 或 WPS 中打开，取消打开密码和工作簿保护后保存）")
            }
        }
    }

    /// An .xls with a password to open (Excel 97–2003's encryption: a FILEPASS record after the workbook's
    /// BOF, `make_encrypted_xls.py`) is named as protected too: libfreexl reads its encrypted records as plain.
    /// The same workbook without the record loads (demo-county.xls, `WorkbookFixtureTests`).
    func testAPasswordProtectedXLSIsNamedAsSuch() throws {
        let fixture = ScratchInstance.fixtures.appendingPathComponent("workbooks/password-protected.xls")
        XCTAssertEqual(FileContent.of(path: fixture.path), .encrypted)
        XCTAssertThrowsError(try InstanceLoader.load(path: fixture.path)) { error in
            let issues = (error as? InstanceLoadError)?.issues ?? []
            XCTAssertEqual(issues.map(\.kind), [.unreadableWorkbook(.passwordProtected)])
        }
        let plain = ScratchInstance.fixtures.appendingPathComponent("workbooks/demo-county.xls")
        XCTAssertEqual(FileContent.of(path: plain.path), .compoundFile)
    }

    /// The name "EncryptedPackage" in a cell of an ordinary .xls (Excel stores text beyond Latin-1 as UTF-16,
    /// as the directory stores names) is no password: only a directory entry of that name counts, and only
    /// in a file without a workbook stream.
    func testAnXLSWhoseCellNamesAnEncryptedPackageIsReadAsAnXLS() throws {
        var bytes = try Data(contentsOf: ScratchInstance.fixtures.appendingPathComponent("workbooks/demo-county.xls"))
        let cell = Data("EncryptedPackage 说明\u{0}".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        bytes.append(Data(repeating: 0, count: (128 - bytes.count % 128) % 128))
        bytes.append(cell + Data(repeating: 0, count: 128 - cell.count))
        let path = MiniWorkbook.temporaryFile(named: "示例县.xls", bytes)
        XCTAssertEqual(FileContent.of(path: path), .compoundFile)
        XCTAssertEqual(try InstanceLoader.load(path: path).instance.teachers.count, 314)
    }

    /// An empty file says so, whatever its name; a truncated .xls is called incomplete, not a libfreexl code.
    func testAnEmptyOrTruncatedFileSaysSo() throws {
        for name in ["空.xlsx", "空.xls"] {
            XCTAssertThrowsError(try InstanceLoader.load(path: MiniWorkbook.temporaryFile(named: name, Data())), name) { error in
                XCTAssertEqual((error as? InstanceLoadError)?.issues.first?.message(.zh),
                               "\(name)：文件是空的（0 字节），可能下载或复制没有完成（应为填好的 .xlsx 工作簿）")
            }
        }
        let xls = try Data(contentsOf: ScratchInstance.fixtures.appendingPathComponent("workbooks/demo-county.xls"))
        let truncated = MiniWorkbook.temporaryFile(named: "半个.xls", xls.prefix(5000))
        XCTAssertThrowsError(try InstanceLoader.load(path: truncated)) { error in
            XCTAssertEqual((error as? InstanceLoadError)?.issues.map(\.kind), [.unreadableWorkbook(.notAWorkbook)])
        }
    }

    func testAZipThatIsNoWorkbookSaysWhatIsMissing() {
        let zip = MiniWorkbook.zip([("notes/readme.txt", Data("hello".utf8))])
        let path = MiniWorkbook.temporaryFile(named: "letter.xlsx", zip)
        XCTAssertThrowsError(try InstanceLoader.load(path: path)) { error in
            XCTAssertEqual((error as? InstanceLoadError)?.issues.first?.message(.en),
                           "letter.xlsx: the workbook has no _rels/.rels (expected an Excel workbook, not another zip file)")
        }
    }

    /// A file that starts like a zip but lacks the record every zip ends with (a download cut short) is not a
    /// workbook; it is told from the file's last 64 KB (`ZipEnd`), not by a search through the whole file.
    func testAFileThatStartsLikeAZipButLacksItsEndIsNoWorkbook() throws {
        let whole = MiniWorkbook.temporaryFile(named: "完整.xlsx", ValidWorkbook.workbook().data())
        XCTAssertTrue(ZipEnd.isPresent(inFileAt: whole))
        var cut = ValidWorkbook.workbook().data()
        cut.append(Data(repeating: 0x20, count: 70_000))
        let path = MiniWorkbook.temporaryFile(named: "下载中断.xlsx", cut)
        XCTAssertFalse(ZipEnd.isPresent(inFileAt: path), "the end record lies more than 65,557 bytes before the end")
        XCTAssertThrowsError(try InstanceLoader.load(path: path)) { error in
            XCTAssertEqual((error as? InstanceLoadError)?.issues.map(\.kind), [.unreadableWorkbook(.notAWorkbook)])
        }
    }
}

/// The wording of problems with the whole workbook file, for each fault the reader reports.
final class WorkbookFaultMessageTests: XCTestCase {
    private func message(_ fault: InstanceIssue.WorkbookFault, file: String = "甲县.xlsx") -> (zh: String, en: String) {
        var issue = InstanceIssue(file: file, kind: .unreadableWorkbook(fault))
        issue.inWorkbook = true
        return (issue.message(.zh), issue.message(.en))
    }

    func testEveryFaultNamesTheFileAndWhatToDo() {
        XCTAssertEqual(message(.tooLarge(.inflatedPart(path: "xl/worksheets/sheet1.xml", megabytes: 256))).en,
                       "甲县.xlsx: xl/worksheets/sheet1.xml in the workbook inflates beyond 256 MB; "
                       + "reading stopped (expected instance data only)")
        XCTAssertEqual(message(.tooLarge(.inflatedPart(path: "xl/worksheets/sheet1.xml", megabytes: 256))).zh,
                       "甲县.xlsx：工作簿中的 xl/worksheets/sheet1.xml 解压后超过 256 MB，已停止读取（应只含实例数据）")
        XCTAssertEqual(message(.tooLarge(.inflatedTotal(megabytes: 384))).zh,
                       "甲县.xlsx：工作簿解压后合计超过 384 MB，已停止读取（应只含实例数据）")
        XCTAssertEqual(message(.tooLarge(.entries(limit: 10_000))).zh,
                       "甲县.xlsx：工作簿内含文件超过 10000 个，已停止读取（应只含实例数据）")
        XCTAssertEqual(message(.tooLarge(.cells(sheet: "教师", limit: 8_000_000))).zh,
                       "甲县.xlsx：工作表“教师”的单元格超过 8000000 个，已停止读取（应删除远处列中的多余内容）")
        XCTAssertEqual(message(.tooManyRows(limit: 500_000), file: "教师").zh,
                       "教师：非空行超过 500000 行，已停止读取（应删除多余的行）")
        XCTAssertEqual(message(.notAWorkbook).zh,
                       "甲县.xlsx：不是有效的 Excel 工作簿：文件不完整、已损坏或格式不明（应在 Excel 或 WPS 中另存为 .xlsx）")
        XCTAssertEqual(message(.malformedPart("xl/worksheets/sheet2.xml")).en,
                       "甲县.xlsx: xl/worksheets/sheet2.xml in the workbook is damaged (expected the file saved again by Excel or WPS)")
        XCTAssertTrue(message(.xlsFailure(code: -14), file: "甲县.xls").zh.hasPrefix("甲县.xls：无法读取 .xls 文件"))
        XCTAssertTrue(message(.cannotOpen).en.hasPrefix("甲县.xlsx: cannot open the file"))
    }
}
