import Foundation
import TrainPlanCore

/// One human-readable table, as a workbook sheet and as an Excel-friendly CSV copy. A sheet is a list
/// of rows so that one sheet can hold several blocks (one per school), each with a title and a header.
struct ReportSheet: Sendable {
    enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A real spreadsheet date, shown as yyyy-mm-dd.
        case date(PlanDate)
        /// A share shown as a percentage.
        case percent(Double)
        case empty
    }

    enum RowStyle: Sendable {
        case title, header, body
    }

    struct Row: Sendable {
        var style: RowStyle
        var cells: [Cell]
    }

    var name: String
    /// Stable ASCII stem for the CSV copy's file name.
    var fileStem: String
    /// Column widths in Excel character units.
    var columnWidths: [Double]
    var rows: [Row] = []

    init(name: String, fileStem: String, columnWidths: [Double]) {
        self.name = name
        self.fileStem = fileStem
        self.columnWidths = columnWidths
    }

    mutating func title(_ text: String) { rows.append(Row(style: .title, cells: [.text(text)])) }
    mutating func header(_ texts: [String]) { rows.append(Row(style: .header, cells: texts.map(Cell.text))) }
    mutating func body(_ cells: [Cell]) { rows.append(Row(style: .body, cells: cells)) }
    mutating func blank() { rows.append(Row(style: .body, cells: [])) }

    /// UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens it as UTF-8, not GB18030. Text cells
    /// never start a formula (`FormulaGuard`).
    func csv() -> Data {
        let records = rows.map { $0.cells.map(Self.csvText) }
        let width = records.map(\.count).max() ?? 0
        let padded = records.map { $0 + Array(repeating: "", count: width - $0.count) }
        let text = CSVTable.render(header: padded.first ?? [], rows: Array(padded.dropFirst()))
        return Data("\u{FEFF}".utf8) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    static func csvText(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): FormulaGuard.text(text)
        case .number(let value): NumberText.format(value)
        case .date(let date): date.description
        case .percent(let share): NumberText.percent(share)
        case .empty: ""
        }
    }
}
