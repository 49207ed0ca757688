import Foundation
import ZIPFoundation

/// A hand-made .xlsx, part by part, for testing what real files hold: any cell XML, shared strings, styles,
/// hidden sheets, odd part names. Written with ZIPFoundation, so tests need neither Excel nor Python.
struct MiniWorkbook {
    struct SheetPart {
        var name: String
        /// The `<sheetData>` content.
        var rowsXML: String
        var hidden = false
        /// Where the sheet lives in the archive; deliberately not always `sheetN.xml`.
        var partName: String
        /// Elements after `<sheetData>` (`<mergeCells>`).
        var afterData = ""
    }

    var sheets: [SheetPart] = []
    var sharedStrings: [String] = []
    /// Each `<si>` item as raw XML, when a test needs rich text; otherwise built from `sharedStrings`.
    var sharedStringItemsXML: [String]?
    /// `numFmtId`s of `cellXfs`, in order (style index 0 is the first).
    var cellFormats: [Int] = [0]
    var customFormats: [Int: String] = [:]
    var uses1904 = false

    mutating func addSheet(_ name: String, rowsXML: String, hidden: Bool = false, afterData: String = "") {
        sheets.append(SheetPart(name: name, rowsXML: rowsXML, hidden: hidden,
                                partName: "worksheets/data-\(sheets.count + 7).xml", afterData: afterData))
    }

    /// A sheet of inline-string cells, one array per row, row 1 first; empty texts are left out.
    mutating func addTextSheet(_ name: String, _ rows: [[String]]) {
        addSheet(name, rowsXML: Self.rowsXML(rows))
    }

    static func rowsXML(_ rows: [[String]]) -> String {
        rows.enumerated().map { rowIndex, cells in
            let cellsXML = cells.enumerated().compactMap { column, text -> String? in
                guard !text.isEmpty else { return nil }
                return "<c r=\"\(columnName(column))\(rowIndex + 1)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
            }.joined()
            return "<row r=\"\(rowIndex + 1)\">\(cellsXML)</row>"
        }.joined()
    }

    static func columnName(_ index: Int) -> String {
        var name = ""
        var remaining = index + 1
        while remaining > 0 {
            name = String(UnicodeScalar(UInt8(65 + (remaining - 1) % 26))) + name
            remaining = (remaining - 1) / 26
        }
        return name
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The parts by path, for tests that damage one before zipping.
    func parts() -> [(path: String, text: String)] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let sheetEntries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rIdS\(index)\"/>"
        }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" xmlns:r="\(rel)">\
            <workbookPr\(uses1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetEntries)</sheets></workbook>
            """))
        let sheetRelationships = sheets.enumerated().map { index, sheet in
            "<Relationship Id=\"rIdS\(index)\" Type=\"\(rel)/worksheet\" Target=\"\(sheet.partName)\"/>"
        }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(sheetRelationships)\
            <Relationship Id="rIdT" Type="\(rel)/sharedStrings" Target="/xl/strings.xml"/>\
            <Relationship Id="rIdY" Type="\(rel)/styles" Target="styles.xml"/></Relationships>
            """))
        let items = sharedStringItemsXML ?? sharedStrings.map { "<si><t>\(Self.escape($0))</t></si>" }
        parts.append(("xl/strings.xml", """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(main)" count="\(items.count)">\(items.joined())</sst>
            """))
        let numFmts = customFormats.sorted { $0.key < $1.key }.map {
            "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(Self.escape($0.value))\"/>"
        }.joined()
        let xfs = cellFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\"/>" }.joined()
        parts.append(("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\(main)"><numFmts>\(numFmts)</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>
            """))
        for sheet in sheets {
            let path = sheet.partName.hasPrefix("../xl/") ? String(sheet.partName.dropFirst(3)) : "xl/\(sheet.partName)"
            parts.append((path, """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(main)" xmlns:r="\(rel)">\
                <sheetData>\(sheet.rowsXML)</sheetData>\(sheet.afterData)</worksheet>
                """))
        }
        return parts
    }

    /// The zipped workbook.
    func data(parts: [(path: String, text: String)]? = nil) -> Data {
        Self.zip((parts ?? self.parts()).map { ($0.path, Data($0.text.utf8)) })
    }

    static func zip(_ entries: [(path: String, bytes: Data)]) -> Data {
        let archive = try! Archive(accessMode: .create)
        for (path, bytes) in entries {
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                  compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// Writes the workbook to a temporary file and returns its path; the caller removes it.
    func write(named name: String = "test.xlsx", parts: [(path: String, text: String)]? = nil) -> String {
        Self.temporaryFile(named: name, data(parts: parts))
    }

    static func temporaryFile(named name: String, _ data: Data) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-wb-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }
}
