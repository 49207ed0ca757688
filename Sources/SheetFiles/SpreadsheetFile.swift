import Foundation

/// A workbook file on disk, read as sheets of typed cells: .xlsx (Office Open XML, also what WPS and
/// LibreOffice save) or .xls (Excel 97–2003).
public enum SpreadsheetFile {
    public enum Format: Sendable {
        case xlsx, xls
    }

    /// The format a path's extension names (case-insensitive); nil for anything else, such as a folder.
    public static func format(ofPath path: String) -> Format? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xlsx", "xlsm": .xlsx
        case "xls": .xls
        default: nil
        }
    }

    /// Every worksheet in tab order, hidden ones included (they say so). A sheet `wanted` refuses holds only its
    /// first non-empty row (.xlsx; an .xls is read whole): enough to tell an empty sheet from one with content.
    public static func read(path: String, limits: SpreadsheetLimits = SpreadsheetLimits(),
                            wanted: (String) -> Bool = { _ in true }) throws(SpreadsheetError) -> [SheetGrid] {
        try readWorkbook(path: path, limits: limits, wanted: wanted).sheets
    }

    /// The worksheets (as `read`) and the format they were read as. The reader is chosen by what the file
    /// holds (`FileContent`), whatever its name says: an .xlsx named .xls is read as .xlsx, and a web page, an
    /// XML spreadsheet or a text file named .xls or .xlsx is named for what it is.
    public static func readWorkbook(path: String, limits: SpreadsheetLimits = SpreadsheetLimits(),
                                    wanted: (String) -> Bool = { _ in true }) throws(SpreadsheetError) -> (format: Format, sheets: [SheetGrid]) {
        let format: Format
        switch FileContent.of(path: path) {
        case .zipArchive: format = .xlsx
        case .compoundFile: format = .xls
        case .encrypted: throw .passwordProtected
        case .disguised(let disguised): throw .disguised(disguised)
        case .empty: throw .emptyFile
        case .unknown, nil:
            // Unreadable or unknown: the reader the name points to says what is wrong.
            format = self.format(ofPath: path) ?? .xlsx
        }
        switch format {
        case .xls: return (format, try XLSCalls.read(path: path, limits: limits))
        case .xlsx: return (format, try XLSXReader.read(path: path, limits: limits, wanted: wanted))
        }
    }
}
