/// Cells of the CSV files people open in Excel never start a formula (OWASP's CSV-injection rule): a text cell
/// beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which Excel shows as text.
/// Numbers stay numbers (`-3` is a number, not a formula), so sums still work. The SPEC's machine files
/// (cohorts.csv, assignments.csv) are written exactly and do not pass through here.
enum FormulaGuard {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func text(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// A cell of a numeric column: kept when it reads as a plain decimal number, else guarded as text.
    static func numeric(_ text: String) -> String {
        let isNumber = !text.isEmpty && Double(text) != nil
            && text.unicodeScalars.allSatisfy { "0123456789+-.eE%".unicodeScalars.contains($0) }
        return isNumber ? text : Self.text(text)
    }
}
