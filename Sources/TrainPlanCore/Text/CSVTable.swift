import Foundation

/// A parsed CSV file: a header row and data rows, RFC 4180 quoting, cells trimmed of surrounding spaces.
/// Row numbers are the 1-based line numbers a spreadsheet shows (the header is row 1).
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [Row]

    public struct Row: Sendable {
        /// 1-based line number in the file, header = 1.
        public var line: Int
        public var cells: [String]
    }

    public enum ParseError: Error, Equatable {
        case unterminatedQuote(line: Int)
    }

    /// Parses decoded text (BOM already removed). Blank lines, and lines of empty cells only, are skipped.
    public init(parsing text: String) throws {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var quotedCell = false
        var line = 1
        var recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endCell() {
            cells.append(quotedCell ? cell : cell.trimmingSpaces())
            cell = ""
            quotedCell = false
        }
        func endRecord() {
            endCell()
            // Spreadsheets save blank rows as bare commas; those are blank lines too.
            if !cells.allSatisfy(\.isEmpty) { records.append((recordLine, cells)) }
            cells = []
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.trimmingSpaces().isEmpty:
                inQuotes = true
                quotedCell = true
                cell = ""
            case ",":
                endCell()
            case "\r":
                if pending == "\n" { pending = iterator.next() }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                // Spaces between a closing quote and the next comma pad the cell; they are not its text.
                if quotedCell && scalar.properties.isWhitespace { continue }
                cell.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw ParseError.unterminatedQuote(line: recordLine) }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }

        header = records.first?.cells ?? []
        rows = records.dropFirst().map { Row(line: $0.line, cells: $0.cells) }
    }

    /// Writes rows as CSV text with `\n` line ends, quoting only cells that need it.
    public static func render(header: [String], rows: [[String]]) -> String {
        var text = ""
        for record in [header] + rows {
            text += record.map(quoted).joined(separator: ",")
            text += "\n"
        }
        return text
    }

    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
