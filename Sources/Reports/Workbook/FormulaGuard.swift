/// Cells of the CSV files people open in Excel never start a formula (OWASP's CSV-injection rule): a text cell
/// beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which Excel shows as text.
/// Numbers stay numbers (`-3` is a number, not a formula), so sums still work. The SPEC's machine files
/// (cohorts.csv, assignments.csv) are written exactly and do not pass through here.
enum FormulaGuard {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func text(_ text: String) -> String {
        startsFormula(text) ? "'" + text : text
    }

    /// True for text Excel would take as a formula once the cell is edited or re-entered. Workbooks keep the
    /// text exact and give such a cell Excel's Text format instead (`XLSXCalls`).
    static func startsFormula(_ text: String) -> Bool {
        text.first.map(formulaStarts.contains) ?? false
    }

    /// A cell of a numeric column: kept when it reads as a plain decimal number, else guarded as text.
    static func numeric(_ text: String) -> String {
        let isNumber = !text.isEmpty && Double(text) != nil
            && text.unicodeScalars.allSatisfy { "0123456789+-.eE%".unicodeScalars.contains($0) }
        return isNumber ? text : Self.text(text)
    }
}
