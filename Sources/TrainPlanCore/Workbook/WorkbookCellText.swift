import Foundation
import SheetFiles

/// A typed workbook cell as the text the same CSV cell would hold (SPEC "Instance: a workbook"): integral
/// numbers without a decimal point (`14`, and an id `1001`), dates as `YYYY-MM-DD`, booleans as `true`/`false`,
/// text trimmed as the CSV reader trims it.
enum WorkbookCellText {
    enum Reading {
        case text(String)
        /// A cell no value can be read from; the issue says why.
        case problem(InstanceIssue.Kind)
        /// A value read, but not the one the planner typed; the issue says why (the row is still read, so that
        /// nothing else is reported missing).
        case damaged(String, InstanceIssue.Kind)
    }

    static func read(_ cell: SheetCell) -> Reading {
        switch cell {
        case .empty: .text("")
        case .text(let text): .text(text.trimmingSpaces())
        case .number(let value) where value.isFinite && abs(value) >= 1e15 && value == value.rounded():
            // Excel keeps 15 significant digits: an 18-digit 身份证号 typed as a number has lost its last ones.
            .damaged(fifteenDigits(value), .digitsLost(fifteenDigits(value)))
        case .number(let value): .text(number(value))
        case .boolean(let value): .text(value ? "true" : "false")
        case .date(let year, let month, let day):
            .text(PlanDate(year: year, month: month, day: day).map { "\($0)" } ?? "\(year)-\(month)-\(day)")
        case .error(let value): .problem(.errorValue(value))
        case .formulaWithoutValue(let formula): .problem(.formulaWithoutValue(formula))
        case .missingSharedString: .problem(.missingSharedString)
        }
    }

    /// A whole number as Excel shows it: its 15 significant digits, then zeros (110101199001011000, where the
    /// Double holds 110101199001011008); a number another program stored with more digits, as stored.
    static func fifteenDigits(_ value: Double) -> String {
        guard Double(String(format: "%.15g", value)) == value else { return String(format: "%.0f", value) }
        return Decimal(string: String(format: "%.14e", value)).map { "\($0)" } ?? String(format: "%.0f", value)
    }

    /// `14` for 14.0, and for 14.000000000000002, the noise a formula leaves where Excel shows 14; otherwise
    /// the shortest text that reads back as the same Double (`0.15`, not `0.15000000000000002`, unless the file
    /// stores the latter).
    static func number(_ value: Double) -> String {
        // What Excel shows: the value at 15 significant digits.
        let shown = Double(String(format: "%.15g", value)) ?? value
        if shown == shown.rounded(), abs(shown) < 1e15 { return String(Int(shown)) }
        return "\(value)"
    }
}
