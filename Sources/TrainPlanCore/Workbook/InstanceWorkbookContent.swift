import Foundation

/// What an instance workbook holds, sheet by sheet, as `trainplan template` writes it: empty with the
/// settings' defaults, or an existing instance (folder or workbook) whose loaded settings and table cells it
/// carries over, so that the workbook loads to the same instance.
public struct InstanceWorkbookContent: Sendable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    public struct Table: Sendable {
        public let sheet: WorkbookSheet
        public let columns: [ColumnSpec]
        public var rows: [[Value]] = []
    }

    public var tables: [Table]

    /// The settings sheet lists every key with its default; every other sheet has only its header.
    public static func empty() -> InstanceWorkbookContent {
        var tables = WorkbookSheet.allCases.map { Table(sheet: $0, columns: columns($0)) }
        tables[0].rows = SettingsKey.allCases.map { key in
            [.text(key.rawValue), key.defaultValue.map(Value.number) ?? .empty, .text(key.note)]
        }
        return InstanceWorkbookContent(tables: tables)
    }

    /// The instance at `path` (already loaded as `instance`): settings, calendar and teams from the loaded
    /// instance, the other sheets' cells as the folder's or workbook's tables give them.
    public static func of(path: String, instance: Instance) throws(InstanceLoadError) -> InstanceWorkbookContent {
        var log = IssueLog()
        let sheets = try sourceTables(path: path, &log)
        var tables: [Table] = []
        for kind in WorkbookSheet.allCases {
            var table = Table(sheet: kind, columns: columns(kind))
            switch kind {
            case .settings:
                table.rows = SettingsKey.allCases.map { [.text($0.rawValue), $0.value(in: instance), .text($0.note)] }
            case .calendar:
                table.rows = calendarRows(instance.calendar)
            case .teams:
                table.rows = instance.teams.map { [.text($0.name), .number(Double($0.limit))] }
            default:
                table.rows = (sheets[kind]?.rows ?? []).map { row in
                    table.columns.map { value(row.text($0.name), numeric: WorkbookSheet.numericColumns.contains($0.name)) }
                }
            }
            tables.append(table)
        }
        return InstanceWorkbookContent(tables: tables)
    }

    private static func columns(_ sheet: WorkbookSheet) -> [ColumnSpec] {
        sheet == .settings ? sheet.columns + [ColumnSpec("note", "说明")] : sheet.columns
    }

    /// A number column's cell as a number when it is one, so Excel shows no "number stored as text".
    private static func value(_ text: String?, numeric: Bool) -> Value {
        guard let text else { return .empty }
        if numeric, let number = Double(text), number.isFinite { return .number(number) }
        return .text(text)
    }

    private static func sourceTables(path: String, _ log: inout IssueLog) throws(InstanceLoadError)
        -> [WorkbookSheet: Sheet] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            var tables: [WorkbookSheet: Sheet] = [:]
            for kind in WorkbookSheet.allCases {
                guard let file = kind.file,
                      let data = FileManager.default.contents(
                          atPath: URL(fileURLWithPath: path).appendingPathComponent(file.name).path),
                      let text = TextDecoding.decode([UInt8](data)) else { continue }
                tables[kind] = Sheet(file: file, text: text, log: &log)
            }
            return tables
        }
        return try WorkbookLoader.tables(path: path, &log)
    }

    /// Holidays and workdays as runs of consecutive dates, then one row per blackout.
    private static func calendarRows(_ calendar: TermCalendar) -> [[Value]] {
        var rows: [[Value]] = []
        for date in DateRuns.of(calendar.holidays) { rows.append([.text("假期"), .text(date), .empty]) }
        for date in DateRuns.of(calendar.workdays) { rows.append([.text("调休上班"), .text(date), .empty]) }
        for blackout in calendar.blackouts {
            let stages = blackout.stages.sorted().map(\.rawValue).joined(separator: ";")
            let dates = DateRuns.of(blackout.dates).joined(separator: ";")
            rows.append([.text("禁训"), .text(dates), stages.isEmpty ? .empty : .text(stages)])
        }
        return rows
    }
}

/// Sets of dates written as `A..B` runs of consecutive days, in order.
enum DateRuns {
    static func of(_ dates: Set<PlanDate>) -> [String] {
        var runs: [String] = []
        var first: PlanDate?
        var last: PlanDate?
        for date in dates.sorted() {
            if let current = last, date.ordinal == current.ordinal + 1 {
                last = date
                continue
            }
            if let first, let last { runs.append(DateRange(first: first, last: last).description) }
            first = date
            last = date
        }
        if let first, let last { runs.append(DateRange(first: first, last: last).description) }
        return runs
    }
}
