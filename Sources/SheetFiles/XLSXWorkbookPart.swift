import Foundation

/// xl/workbook.xml: the sheets in tab order with their names, visibility and relationship ids, and the date
/// system.
final class XLSXWorkbookPart: XMLPart {
    struct SheetEntry {
        let name: String
        let relationshipID: String
        let isHidden: Bool
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var uses1904 = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "workbookPr":
            let flag = attributes["date1904"]?.lowercased()
            uses1904 = flag == "1" || flag == "true"
        case "sheet":
            guard let sheetName = attributes["name"], let id = Self.attribute(attributes, "id") else { return }
            let state = attributes["state"] ?? "visible"
            sheets.append(SheetEntry(name: sheetName, relationshipID: id, isHidden: state != "visible"))
        default:
            break
        }
    }
}
