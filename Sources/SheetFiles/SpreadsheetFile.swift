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
        switch format(ofPath: path) {
        case .xls: try XLSCalls.read(path: path, limits: limits)
        case .xlsx, nil: try XLSXReader.read(path: path, limits: limits, wanted: wanted)
        }
    }
}
