/// One cell's value as the spreadsheet stores it, before any instance rule reads it.
public enum SheetCell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    case boolean(Bool)
    /// A number shown with a date format, as a calendar day (any time of day dropped).
    case date(year: Int, month: Int, day: Int)
    /// An error value such as `#N/A` or `#DIV/0!`.
    case error(String)
    /// A formula the file holds no computed value for (saved by a program that does not calculate).
    case formulaWithoutValue(String)
    /// A text cell pointing to a shared string the file does not have (a damaged or hand-made file): one
    /// cell's problem, so the rest of the workbook is still read and every other problem listed.
    case missingSharedString

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        default: false
        }
    }
}
