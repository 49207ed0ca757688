import Foundation
import TrainPlanCore

/// A table of what-if results, printed on a terminal, saved as CSV for Excel and shown in HTML pages.
public struct ResultTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns holding numbers: right-aligned on the terminal and in HTML.
    public var numericColumns: Set<Int> = []

    public init(header: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }

    /// Columns padded to the widest cell, a Chinese character counting two columns as a terminal shows it.
    public func terminalText() -> String {
        let records = [header] + rows
        let widths = header.indices.map { column in records.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        return records.map { record in
            record.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - Self.displayWidth(cell))
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    /// UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens it without garbling. No cell starts a
    /// formula: text is guarded, numbers in numeric columns stay numbers (`FormulaGuard`).
    public func csv() -> Data {
        let guarded = rows.map { row in
            row.enumerated().map { column, cell in
                numericColumns.contains(column) ? FormulaGuard.numeric(cell) : FormulaGuard.text(cell)
            }
        }
        return Data(("\u{FEFF}" + CSVTable.render(header: header.map(FormulaGuard.text), rows: guarded)).utf8)
    }

    func html() -> String {
        let head = header.enumerated().map { column, cell in
            "<th\(numericColumns.contains(column) ? " class=\"num\"" : "")>\(HTMLText.escape(cell))</th>"
        }.joined()
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { column, cell in
                "<td\(numericColumns.contains(column) ? " class=\"num\"" : "")>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return "<div class=\"scroll\"><table><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table></div>"
    }

    /// East Asian wide characters take two terminal columns.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                width + 2
            default:
                width + 1
            }
        }
    }
}
