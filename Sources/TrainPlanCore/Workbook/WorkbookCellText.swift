import SheetFiles

/// A typed workbook cell as the text the same CSV cell would hold (SPEC "Instance: a workbook"): integral
/// numbers without a decimal point (`14`, and an id `1001`), dates as `YYYY-MM-DD`, booleans as `true`/`false`,
/// text trimmed as the CSV reader trims it.
enum WorkbookCellText {
    enum Reading {
        case text(String)
        /// A cell no value can be read from; the issue says why.
        case problem(InstanceIssue.Kind)
    }

    static func read(_ cell: SheetCell) -> Reading {
        switch cell {
        case .empty: .text("")
        case .text(let text): .text(text.trimmingSpaces())
        case .number(let value): .text(number(value))
        case .boolean(let value): .text(value ? "true" : "false")
        case .date(let year, let month, let day):
            .text(PlanDate(year: year, month: month, day: day).map { "\($0)" } ?? "\(year)-\(month)-\(day)")
        case .error(let value): .problem(.errorValue(value))
        case .formulaWithoutValue(let formula): .problem(.formulaWithoutValue(formula))
        case .missingSharedString: .problem(.missingSharedString)
        }
    }

    /// `14` for 14.0; otherwise the shortest text that reads back as the same Double (`0.15`, not
    /// `0.15000000000000002`, unless the file stores the latter).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
