import Foundation

/// xl/styles.xml, as far as reading values needs it: which cell formats (`s` of a cell) show dates.
final class XLSXStyles: XMLPart {
    private var customDateFormats: Set<Int> = []
    private var inCellFormats = false
    /// By cell format index.
    private(set) var isDateFormat: [Bool] = []

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"],
               DateFormats.isDateCode(code) {
                customDateFormats.insert(id)
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            isDateFormat.append(customDateFormats.contains(id) || (id < 164 && DateFormats.isBuiltInDate(id)))
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" { inCellFormats = false }
    }
}
