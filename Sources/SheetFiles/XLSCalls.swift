import CFreeXL
import CFreeXLGuard
import Foundation

/// Reads an Excel 97–2003 .xls workbook. Every libfreexl call of the project is in this file. FreeXL gives
/// each cell typed (it applies the date formats and the date system itself); version 1.0.6 reads formula and
/// logical cells as empty.
enum XLSCalls {
    /// Reads inside `freexl_guard_run`, because libfreexl 1.0.6 crashes on some damaged files (a fuzz run of
    /// randomly damaged .xls files crashed it on 3 in 100): such a file becomes `.notAWorkbook`.
    static func read(path: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> [SheetGrid] {
        // A folder is "readable" too, and ZIPFoundation then loops on it.
        var isFolder: ObjCBool = false
        guard FileManager.default.isReadableFile(atPath: path),
              FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
        else { throw .cannotOpen(path: path) }
        let reading = GuardedReading(path: path, limits: limits)
        let crashed = freexl_guard_run(
            { context in Unmanaged<GuardedReading>.fromOpaque(context!).takeUnretainedValue().run() },
            Unmanaged.passUnretained(reading).toOpaque()
        )
        withExtendedLifetime(reading) {}
        guard crashed == 0, let result = reading.result else {
            throw .notAWorkbook(detail: "libfreexl failed on a damaged file")
        }
        return try result.get()
    }

    /// The guarded body. It keeps its work in locals and stores the outcome once at the end, so a fault
    /// inside a libfreexl call leaves no half-made state behind.
    private final class GuardedReading {
        let path: String
        let limits: SpreadsheetLimits
        var result: Result<[SheetGrid], SpreadsheetError>?

        init(path: String, limits: SpreadsheetLimits) {
            self.path = path
            self.limits = limits
        }

        func run() {
            let outcome: Result<[SheetGrid], SpreadsheetError>
            do {
                outcome = .success(try XLSCalls.readUnguarded(path: path, limits: limits))
            } catch {
                outcome = .failure(error)
            }
            result = outcome
        }
    }

    private static func readUnguarded(path: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> [SheetGrid] {
        var handle: UnsafeRawPointer?
        let opened = freexl_open(path, &handle)
        // freexl_close must run even when freexl_open failed, to free what it allocated.
        defer { if handle != nil { freexl_close(handle) } }
        guard opened == FREEXL_OK, let handle else {
            // Every code but running out of memory is about the file: truncated, damaged, or a compound file
            // without a workbook (a Word or PowerPoint 97–2003 file). Planners are told so, not a code.
            throw opened == FREEXL_INSUFFICIENT_MEMORY ? .xlsFailure(code: opened) : .notAWorkbook(detail: "freexl_open: \(opened)")
        }

        var sheetCount: UInt32 = 0
        try check(freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount))
        var grids: [SheetGrid] = []
        for index in 0..<UInt16(clamping: sheetCount) {
            var name: UnsafePointer<CChar>?
            try check(freexl_get_worksheet_name(handle, index, &name))
            try check(freexl_select_active_worksheet(handle, index))
            var rowCount: UInt32 = 0
            var columnCount: UInt16 = 0
            try check(freexl_worksheet_dimensions(handle, &rowCount, &columnCount))
            let sheetName = name.map { String(cString: $0) } ?? "Sheet\(index + 1)"
            var rows: [SheetGrid.Row] = []
            for row in 0..<rowCount {
                var cells: [SheetCell] = []
                for column in 0..<columnCount {
                    var value = FreeXL_CellValue()
                    guard freexl_get_cell_value(handle, row, column, &value) == FREEXL_OK else { continue }
                    let cell = Self.cell(value)
                    guard !cell.isEmpty else { continue }
                    cells.append(contentsOf: repeatElement(.empty, count: Int(column) - cells.count))
                    cells.append(cell)
                }
                guard !cells.isEmpty else { continue }
                guard rows.count < limits.maxRowsPerSheet else {
                    throw .tooManyRows(sheet: sheetName, limit: limits.maxRowsPerSheet)
                }
                rows.append(SheetGrid.Row(number: Int(row) + 1, cells: cells))
            }
            grids.append(SheetGrid(name: sheetName, rows: rows))
        }
        return grids
    }

    private static func cell(_ value: FreeXL_CellValue) -> SheetCell {
        switch Int32(value.type) {
        case FREEXL_CELL_INT:
            return .number(Double(value.value.int_value))
        case FREEXL_CELL_DOUBLE:
            return .number(value.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            return value.value.text_value.map { .text(String(cString: $0)) } ?? .empty
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME:
            // 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'
            guard let text = value.value.text_value.map({ String(cString: $0) }) else { return .empty }
            let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return .text(text) }
            return .date(year: parts[0], month: parts[1], day: parts[2])
        case FREEXL_CELL_TIME:
            return value.value.text_value.map { .text(String(cString: $0)) } ?? .empty
        default:
            return .empty
        }
    }

    private static func check(_ result: Int32) throws(SpreadsheetError) {
        guard result == FREEXL_OK else { throw .xlsFailure(code: result) }
    }
}
