import Foundation

/// One CSV file of a plan folder (cohorts.csv, assignments.csv), read for the named columns of each row: what
/// the plan checker (`check`) and `PlanFolderReader` (`report`, `replan`) both read, each turning a
/// `Problem` into its own kind of message. A plan re-saved by Excel on Chinese Windows is GB18030, which is
/// read as the instance files are.
public enum PlanTable {
    /// Why a file gives no rows.
    public enum Problem: Error, Equatable, Sendable {
        case missingFile
        /// Neither UTF-8 nor GB18030; the first row that is not (nil: none found).
        case undecodable(line: Int?)
        case unterminatedQuote(line: Int)
        case unreadable(String)
        /// Every named column the header lacks, in the order asked.
        case missingColumns([String])
    }

    /// A row's values of the named columns, in the order asked ("" where the row is short).
    public struct Row: Sendable {
        /// 1-based row as a spreadsheet shows it (header = 1).
        public let line: Int
        public let values: [String]
        /// The values of the optional columns asked for, in that order; nil for a column the file lacks.
        public var optionalValues: [String?] = []
    }

    /// The SPEC's columns of each plan file: a row with none of them filled is no row of the plan.
    static let recordColumns = ["cohorts.csv": ["cohort", "program", "site", "sessions", "size"],
                                "assignments.csv": ["teacher", "cohort"]]

    /// The rows of `file` in `folder` with the values of `columns` (and of `optional` ones where the file has
    /// them), or why there are none. Rows empty in every column of the SPEC's for the file (`recordColumns`)
    /// are skipped, whichever columns the caller reads: `check`, `report` and `replan` see the same rows.
    public static func read(_ folder: URL, _ file: String, columns: [String], optional: [String] = []) -> Result<[Row], Problem> {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return .failure(.missingFile) }
        let table: CSVTable
        do {
            let bytes = [UInt8](try Data(contentsOf: url))
            guard let text = TextDecoding.decode(bytes) else {
                return .failure(.undecodable(line: TextDecoding.firstUndecodableLine(bytes)))
            }
            table = try CSVTable(parsing: text)
        } catch CSVTable.ParseError.unterminatedQuote(let line) {
            return .failure(.unterminatedQuote(line: line))
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
        let missing = columns.filter { !table.header.contains($0) }
        guard missing.isEmpty else { return .failure(.missingColumns(missing)) }
        let indices = columns.map { table.header.firstIndex(of: $0)! }
        let optionalIndices = optional.map { table.header.firstIndex(of: $0) }
        // As in instance tables: invisible characters pasted with an id are dropped, and a row empty in every
        // named column (a 合计 under a column of the planner's own) is no row of the plan.
        func cell(_ row: CSVTable.Row, _ index: Int) -> String { index < row.cells.count ? InvisibleCharacters.cleanedCell(row.cells[index]) : "" }
        let recordIndices = (recordColumns[file] ?? columns).compactMap { table.header.firstIndex(of: $0) }
        return .success(table.rows.compactMap { row in
            guard recordIndices.contains(where: { !cell(row, $0).isEmpty }) else { return nil }
            return Row(line: row.line, values: indices.map { cell(row, $0) }, optionalValues: optionalIndices.map { $0.map { cell(row, $0) } })
        })
    }
}

extension PlanTable {
    /// The `sessions` cell of cohorts.csv: date ranges `YYYY-MM-DD..YYYY-MM-DD` or single dates (spaces around
    /// ".." allowed; and every form `CellWords.dateItem` reads, as an instance's date lists: a plan edited in
    /// Excel and saved as CSV has `2026/9/7`), separated by `;` or the SPEC's other list separators `；` and `、`; empty parts are skipped
    /// and an empty cell is an online cohort's empty list. Nil when any part is malformed. `check`, `report` and
    /// `replan` all read dates through it.
    public static func sessions(_ text: String) -> [DateRange]? {
        var sessions: [DateRange] = []
        for part in text.split(whereSeparator: { ";；、".contains($0) }) {
            let piece = part.trimmingCharacters(in: .whitespaces)
            if piece.isEmpty { continue }
            guard case .range(let range) = CellWords.dateItem(piece) else { return nil }
            sessions.append(range)
        }
        return sessions
    }

    /// Why `sessions` gives no dates, for messages: its first bad part, told as the instance loader tells a
    /// date list's (a day that does not exist, a range that ends before it starts, or no date at all). Only
    /// that part is quoted: a cohort's sessions run past the 80 characters a message shows of a value.
    public static func sessionsProblem(_ text: String, _ language: Language) -> String {
        for part in text.split(whereSeparator: { ";；、".contains($0) }) {
            let piece = part.trimmingCharacters(in: .whitespaces)
            if piece.isEmpty { continue }
            switch CellWords.dateItem(piece) {
            case .range: continue
            case .noSuchDay(let date): return InstanceIssue.noSuchDayText(date, language)
            case .reversedRange:
                return language.pick("日期范围 \"\(Echo.value(piece))\" 的结束早于开始", "date range \"\(Echo.value(piece))\" ends before it starts")
            case .badDate:
                return language.pick("\"\(Echo.value(piece))\" 不是日期或日期范围（应如 2026-10-12..2026-10-16，多次以 ; 分隔）",
                                     "\"\(Echo.value(piece))\" is not a date or range (expected such as 2026-10-12..2026-10-16, several separated by ;)")
            }
        }
        return language.pick("\"\(Echo.value(text))\" 不是日期列表", "\"\(Echo.value(text))\" is not a list of dates")
    }
}
