import Foundation

/// One xl/worksheets/*.xml part read as a `SheetGrid`'s rows. Cells are placed by their `r` reference (rows
/// and cells may be sparse); a cell or row without one follows the previous. Rows of empty cells only, however
/// many (formatting often reaches row 1,048,576), are not kept.
final class XLSXWorksheetPart: XMLPart {
    private let sheetName: String
    private let sharedStrings: [String]
    private let isDateFormat: [Bool]
    private let uses1904: Bool
    private let limits: SpreadsheetLimits
    private var cellSlots = 0

    private(set) var rows: [SheetGrid.Row] = []
    /// Merged ranges (`<mergeCell ref="C2:C5"/>`): Excel shows the first cell's value across the range, and
    /// planners merge a column of equal values (the 学区 of a block of schools); `filledMerges` copies it down.
    private var merges: [(first: (column: Int, row: Int), last: (column: Int, row: Int))] = []

    private var rowNumber = 0
    private var rowHidden = false
    private var cells: [SheetCell] = []
    private var column = -1
    private var cellType = "n"
    private var cellStyle = 0
    private var value: String?
    private var formula: String?
    private var inlineText: String?
    private var collecting: Collecting = .none
    private var phoneticDepth = 0

    private enum Collecting { case none, value, formula, inlineText }

    /// Whether only the sheet's first non-empty row is wanted (a sheet the caller will not read, kept only to
    /// say it is there): a planner's 7.9M-cell statistics sheet took 7 s and 500 MB to read and ignore.
    private let firstRowOnly: Bool

    init(sheetName: String, sharedStrings: [String], isDateFormat: [Bool], uses1904: Bool, limits: SpreadsheetLimits,
         firstRowOnly: Bool = false) {
        self.firstRowOnly = firstRowOnly
        self.sheetName = sheetName
        self.sharedStrings = sharedStrings
        self.isDateFormat = isDateFormat
        self.uses1904 = uses1904
        self.limits = limits
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) }.map { min(max($0, 1), CellReference.maxRows) }
                ?? rowNumber + 1
            // Hidden by hand or by a filter: Excel writes both as hidden="1" (some writers "true").
            rowHidden = attributes["hidden"] == "1" || attributes["hidden"] == "true"
            cells.removeAll(keepingCapacity: true)
            column = -1
        case "c":
            column = attributes["r"].flatMap(CellReference.parse).map(\.column) ?? column + 1
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = nil
            formula = nil
            inlineText = nil
        case "v":
            value = ""
            collecting = .value
        case "f":
            formula = ""
            collecting = .formula
        case "is":
            inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inlineText != nil && phoneticDepth == 0:
            collecting = .inlineText
        case "mergeCell":
            let ends = (attributes["ref"] ?? "").split(separator: ":").map { CellReference.parse(String($0)) }
            if ends.count == 2, let first = ends[0], let last = ends[1], let top = first.row, let bottom = last.row,
               first.column <= last.column, top <= bottom {
                merges.append(((first.column, top), (last.column, bottom)))
            }
        default:
            break
        }
    }

    override func text(_ string: String) {
        switch collecting {
        case .none: break
        case .value: value? += string
        case .formula: formula? += string
        case .inlineText: inlineText? += string
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v", "f", "t":
            collecting = .none
        case "rPh":
            phoneticDepth -= 1
        case "c":
            place(cell())
        case "row":
            finishRow()
        default:
            break
        }
    }

    /// The rows with each merged range's first value copied down its first column (the cells still empty), as
    /// the planner sees a 学区 merged over a block of schools in Excel. Only down: a header or value merged
    /// across columns (widened over an empty neighbour) stays in its own column, as before. The copies count
    /// toward the sheet's row and cell limits.
    func filledMerges() throws(SpreadsheetError) -> [SheetGrid.Row] {
        guard !merges.isEmpty else { return rows }
        var filled = rows
        // A file may repeat a row number; the first row of that number is the one filled.
        var index: [Int: Int] = [:]
        for (position, row) in filled.enumerated() where index[row.number] == nil { index[row.number] = position }
        var slots = cellSlots
        for merge in merges where merge.last.row > merge.first.row {
            let column = merge.first.column
            guard let value = index[merge.first.row].map({ filled[$0].cell(column) }), !value.isEmpty else { continue }
            for number in (merge.first.row + 1)...merge.last.row {
                if index[number] == nil {
                    guard filled.count < limits.maxRowsPerSheet else { throw .tooManyRows(sheet: sheetName, limit: limits.maxRowsPerSheet) }
                    index[number] = filled.count
                    filled.append(SheetGrid.Row(number: number, cells: []))
                }
                let position = index[number]!
                guard filled[position].cell(column).isEmpty else { continue }
                let growth = max(0, column + 1 - filled[position].cells.count)
                slots += growth
                guard slots <= limits.maxCellsPerSheet else { throw .tooLarge(.cells(sheet: sheetName, limit: limits.maxCellsPerSheet)) }
                filled[position].cells.append(contentsOf: repeatElement(.empty, count: growth))
                filled[position].cells[column] = value
            }
        }
        // Stable: rows of a repeated number keep the file's order.
        return filled.enumerated().sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }.map(\.element)
    }

    private func place(_ cell: SheetCell) {
        guard !cell.isEmpty, column >= 0, column < CellReference.maxColumns else { return }
        if column >= cells.count { cells.append(contentsOf: repeatElement(.empty, count: column + 1 - cells.count)) }
        cells[column] = cell
    }

    private func finishRow() {
        guard !cells.isEmpty else { return }
        guard rows.count < limits.maxRowsPerSheet else {
            stop = .tooManyRows(sheet: sheetName, limit: limits.maxRowsPerSheet)
            return
        }
        cellSlots += cells.count
        guard cellSlots <= limits.maxCellsPerSheet else {
            stop = .tooLarge(.cells(sheet: sheetName, limit: limits.maxCellsPerSheet))
            return
        }
        rows.append(SheetGrid.Row(number: rowNumber, cells: cells, isHidden: rowHidden))
        if firstRowOnly { finished = true }
    }

    private func cell() -> SheetCell {
        if inlineText != nil && cellType == "inlineStr" { return .text(XLSXText.unescape(inlineText ?? "")) }
        // openpyxl and other writers that do not calculate leave a formula's value empty (`<v/>`); only a text
        // formula (`t="str"`) can have the empty text as its result.
        guard let value, !(value.isEmpty && formula != nil && cellType != "str") else {
            if let formula { return .formulaWithoutValue(formula) }
            return .empty
        }
        switch cellType {
        case "s":
            // A workbook without a shared-string table is one damaged file, not a problem in every text cell.
            guard !sharedStrings.isEmpty else {
                stop = .missingPart("xl/sharedStrings.xml")
                return .empty
            }
            guard let index = Int(value), sharedStrings.indices.contains(index) else { return .missingSharedString }
            return .text(sharedStrings[index])
        case "str", "inlineStr":
            return .text(XLSXText.unescape(value))
        case "b":
            return .boolean(value == "1" || value.lowercased() == "true")
        case "e":
            return .error(value)
        case "d":
            return isoDate(value) ?? .text(value)
        default:
            // Foundation's trimming is slow per cell, and writers put no spaces around numbers; trim only on failure.
            guard let number = Double(value) ?? Double(value.trimmingCharacters(in: .whitespaces)) else {
                return .text(value)
            }
            if cellStyle < isDateFormat.count, isDateFormat[cellStyle],
               let day = ExcelDate.day(serial: number, uses1904: uses1904) {
                return .date(year: day.year, month: day.month, day: day.day)
            }
            return .number(number)
        }
    }

    /// A `t="d"` cell holds an ISO 8601 date or date-time.
    private func isoDate(_ text: String) -> SheetCell? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return .date(year: year, month: month, day: day)
    }
}
