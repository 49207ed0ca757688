import CXLSXWriter
import Foundation
import TrainPlanCore

/// Every libxlsxwriter call of the project passes through this file: it writes `ReportSheet`s as one
/// .xlsx file, checks each `lxw_error` and turns a failure into a `WorkbookError`.
struct XLSXCalls {
    let title: String
    /// Stamped as the document's creation time; fixed so that the same plan gives the same bytes.
    let created: time_t

    func write(_ sheets: [ReportSheet], to path: String) throws {
        guard let workbook = workbook_new(path) else { throw WorkbookError(.cannotCreate(path)) }
        // workbook_close frees the workbook whatever happens, so it runs exactly once, also on failure.
        var closed = false
        defer { if !closed { workbook_close(workbook) } }

        try setProperties(workbook)
        let formats = try Formats(workbook)
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                throw WorkbookError(.cannotAddSheet(sheet.name))
            }
            try fill(worksheet, with: sheet, formats: formats)
        }
        closed = true
        try check(workbook_close(workbook), "workbook_close")
    }

    /// Writes the instance template: header notes (comments), drop-down lists, frozen headers and widths.
    func writeTemplate(_ sheets: [TemplateSheet], to path: String) throws {
        guard let workbook = workbook_new(path) else { throw WorkbookError(.cannotCreate(path)) }
        var closed = false
        defer { if !closed { workbook_close(workbook) } }

        try setProperties(workbook)
        let formats = try Formats(workbook)
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                throw WorkbookError(.cannotAddSheet(sheet.name))
            }
            if sheet.isNotes {
                try check(worksheet_set_column(worksheet, 0, 0, 110, nil), "worksheet_set_column")
            } else {
                try fillHeader(worksheet, columns: sheet.columns, formats: formats)
            }
            let bodyStart = sheet.isNotes ? 0 : 1
            for (offset, row) in sheet.rows.enumerated() {
                let rowIndex = lxw_row_t(bodyStart + offset)
                for (columnNumber, cell) in row.enumerated() {
                    let column = lxw_col_t(columnNumber)
                    switch cell {
                    case .text(let text):
                        let style = FormulaGuard.startsFormula(text) ? formats.quoted : nil
                        try check(worksheet_write_string(worksheet, rowIndex, column, text, style), "worksheet_write_string")
                    case .number(let value), .percent(let value):
                        try check(worksheet_write_number(worksheet, rowIndex, column, value, nil), "worksheet_write_number")
                    case .date(let date):
                        let (year, month, day) = date.components
                        var datetime = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day),
                                                    hour: 0, min: 0, sec: 0)
                        try check(worksheet_write_datetime(worksheet, rowIndex, column, &datetime, formats.date),
                                  "worksheet_write_datetime")
                    case .empty:
                        continue
                    }
                }
            }
        }
        closed = true
        try check(workbook_close(workbook), "workbook_close")
    }

    private func fillHeader(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, columns: [TemplateSheet.Column],
                            formats: Formats) throws {
        worksheet_freeze_panes(worksheet, 1, 0)
        for (index, column) in columns.enumerated() {
            let columnIndex = lxw_col_t(index)
            try check(worksheet_set_column(worksheet, columnIndex, columnIndex, column.width, nil), "worksheet_set_column")
            try check(worksheet_write_string(worksheet, 0, columnIndex, column.header, formats.header),
                      "worksheet_write_string")
            var options = lxw_comment_options()
            options.width = 320
            options.height = 110
            try check(worksheet_write_comment_opt(worksheet, 0, columnIndex, column.note, &options),
                      "worksheet_write_comment_opt")
            if let choices = column.choices { try addDropDown(worksheet, column: columnIndex, choices: choices) }
        }
    }

    /// A list validation on the whole column below the header. A list cell (`小学;初中`) may hold other text,
    /// so its drop-down only offers the values.
    private func addDropDown(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, column: lxw_col_t,
                             choices: TemplateColumnNotes.Choices) throws {
        let copies = choices.values.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var list: [UnsafeMutablePointer<CChar>?] = copies + [nil]
        let title = strdup("取值")
        let message = strdup(choices.values.joined(separator: "、"))
        defer {
            free(title)
            free(message)
        }
        try list.withUnsafeMutableBufferPointer { buffer in
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = buffer.baseAddress
            validation.input_title = title
            validation.input_message = message
            validation.show_error = UInt8(choices.allowsOther ? LXW_VALIDATION_OFF.rawValue : LXW_VALIDATION_ON.rawValue)
            validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            // libxlsxwriter copies the list and texts, so they may be freed after the call.
            try check(worksheet_data_validation_range(worksheet, 1, column, lxw_row_t(CellLimits.lastRow), column,
                                                      &validation), "worksheet_data_validation_range")
        }
    }

    private func setProperties(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws {
        let titleCopy = strdup(title)
        let author = strdup("trainplan")
        defer {
            free(titleCopy)
            free(author)
        }
        var properties = lxw_doc_properties()
        properties.title = titleCopy
        properties.author = author
        properties.created = created
        // libxlsxwriter copies the strings, so they may be freed right after.
        try check(workbook_set_properties(workbook, &properties), "workbook_set_properties")
    }

    private func fill(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, with sheet: ReportSheet, formats: Formats) throws {
        for (column, width) in sheet.columnWidths.enumerated() {
            try check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil),
                      "worksheet_set_column")
        }
        if sheet.rows.first?.style == .header { worksheet_freeze_panes(worksheet, 1, 0) }
        for (rowNumber, row) in sheet.rows.enumerated() {
            for (columnNumber, cell) in row.cells.enumerated() {
                let (rowIndex, column) = (lxw_row_t(rowNumber), lxw_col_t(columnNumber))
                let style: UnsafeMutablePointer<lxw_format>? = switch row.style {
                case .title: formats.title
                case .header: formats.header
                case .body: nil
                }
                switch cell {
                case .text(let text):
                    // A planner's text that reads as a formula (a name "=1+2") stays text when the cell is edited.
                    let textStyle = FormulaGuard.startsFormula(text) ? formats.quoted(row.style) : style
                    try check(worksheet_write_string(worksheet, rowIndex, column, text, textStyle), "worksheet_write_string")
                case .number(let value):
                    try check(worksheet_write_number(worksheet, rowIndex, column, value, style), "worksheet_write_number")
                case .percent(let share):
                    try check(worksheet_write_number(worksheet, rowIndex, column, share, formats.percent),
                              "worksheet_write_number")
                case .date(let date):
                    let (year, month, day) = date.components
                    var datetime = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
                    try check(worksheet_write_datetime(worksheet, rowIndex, column, &datetime, formats.date),
                              "worksheet_write_datetime")
                case .empty:
                    continue
                }
            }
        }
    }

    private func check(_ result: lxw_error, _ call: String) throws {
        guard result != LXW_NO_ERROR else { return }
        throw WorkbookError(.callFailed(call: call, reason: String(cString: lxw_strerror(result))))
    }

    /// The few cell formats the sheets use, made once per workbook (owned and freed by it).
    private struct Formats {
        let title: UnsafeMutablePointer<lxw_format>
        let header: UnsafeMutablePointer<lxw_format>
        let date: UnsafeMutablePointer<lxw_format>
        let percent: UnsafeMutablePointer<lxw_format>
        /// Plain, title and header text in Excel's Text format: shown as typed, kept as text when edited.
        let quoted: UnsafeMutablePointer<lxw_format>
        let quotedTitle: UnsafeMutablePointer<lxw_format>
        let quotedHeader: UnsafeMutablePointer<lxw_format>

        func quoted(_ style: ReportSheet.RowStyle) -> UnsafeMutablePointer<lxw_format> {
            switch style {
            case .title: quotedTitle
            case .header: quotedHeader
            case .body: quoted
            }
        }

        init(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws {
            func make() throws -> UnsafeMutablePointer<lxw_format> {
                guard let format = workbook_add_format(workbook) else { throw WorkbookError(.cannotAddFormat) }
                return format
            }
            func makeTitle() throws -> UnsafeMutablePointer<lxw_format> {
                let format = try make()
                format_set_bold(format)
                format_set_font_size(format, 13)
                return format
            }
            func makeHeader() throws -> UnsafeMutablePointer<lxw_format> {
                let format = try make()
                format_set_bold(format)
                format_set_bg_color(format, 0xDDEBF7)
                format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
                return format
            }
            title = try makeTitle()
            header = try makeHeader()
            date = try make()
            format_set_num_format(date, "yyyy-mm-dd")
            percent = try make()
            format_set_num_format(percent, "0.0%")
            quoted = try make()
            quotedTitle = try makeTitle()
            quotedHeader = try makeHeader()
            // Excel's Text number format ("@"): what is typed into the cell stays text. (Debian's
            // libxlsxwriter 1.1.4 has no quote-prefix setter; the Text format protects an edited cell alike.)
            for format in [quoted, quotedTitle, quotedHeader] { format_set_num_format(format, "@") }
        }
    }
}

/// Excel's sheet size, for validations that cover a whole column.
private enum CellLimits {
    static let lastRow = 1_048_575
}

/// A workbook that could not be written, with the libxlsxwriter call and its own explanation.
public struct WorkbookError: Error, CustomStringConvertible {
    enum Problem {
        case cannotCreate(String), cannotAddSheet(String), cannotAddFormat
        case callFailed(call: String, reason: String)
    }

    let problem: Problem

    init(_ problem: Problem) { self.problem = problem }

    public func message(_ language: Language) -> String {
        switch problem {
        case .cannotCreate(let path): language.pick("无法创建工作簿“\(path)”", "cannot create workbook \"\(path)\"")
        case .cannotAddSheet(let name): language.pick("无法添加工作表“\(name)”", "cannot add worksheet \"\(name)\"")
        case .cannotAddFormat: language.pick("无法添加单元格格式", "cannot add a cell format")
        case .callFailed(let call, let reason):
            language.pick("写工作簿失败：\(call)：\(reason)", "writing the workbook failed: \(call): \(reason)")
        }
    }

    public var description: String { message(.en) }
}
