import Foundation

/// What changed since a plan was published (换人参训): teachers who drop out entirely, and teachers who
/// can no longer come on some dates. From `--drop T1,T2` or a changes file (docs/scenarios.md):
/// a CSV with `teacher` (工号) and `unavailable` (不可参训日期; empty = drops out entirely).
public struct ReplanRequest: Sendable, Equatable {
    /// Teacher ids who drop out of every cohort.
    public var dropped: Set<String> = []
    /// Teacher id → dates they can no longer attend.
    public var unavailable: [String: Set<PlanDate>] = [:]
    /// Dates of a changes file that lie wholly outside the horizon: they change nothing, and the planner is warned.
    public var outsideHorizon: [IgnoredDates] = []

    public struct IgnoredDates: Sendable, Equatable {
        public var line: Int
        public var text: String
    }

    public init(dropped: Set<String> = [], unavailable: [String: Set<PlanDate>] = [:]) {
        self.dropped = dropped
        self.unavailable = unavailable
    }

    /// Every teacher the request names.
    public var teacherIDs: Set<String> { dropped.union(unavailable.keys) }

    /// The instance as it is now: dropped teachers on leave, others with their new unavailable dates.
    public func applied(to instance: Instance) -> Instance {
        var changed = instance
        for index in changed.teachers.indices {
            if let dates = unavailable[changed.teachers[index].id] { changed.teachers[index].unavailable.formUnion(dates) }
        }
        changed.sendOnLeave(dropped)
        return changed
    }

    /// Checks every id against the instance.
    public func validate(against instance: Instance, source: String) throws(ReplanRequestError) {
        let known = Set(instance.teachers.map(\.id))
        let unknown = teacherIDs.subtracting(known).sorted()
        guard !unknown.isEmpty else { return }
        let lookAlikes = LookAlikeIDs(known)
        let similar = Dictionary(uniqueKeysWithValues: unknown.compactMap { id in lookAlikes.similar(to: id).map { (id, $0) } })
        throw ReplanRequestError(source: source, line: nil, problem: .unknownTeachers(unknown, similar: similar))
    }

    /// Reads a changes file; every bad row is listed at once, with its row and column.
    public static func read(file path: String, instance: Instance) throws(ReplanRequestError) -> ReplanRequest {
        guard let data = FileManager.default.contents(atPath: path) else {
            let problem: ReplanRequestError.Problem = FileManager.default.fileExists(atPath: path) ? .unreadable : .missing
            throw ReplanRequestError(source: path, line: nil, problem: problem)
        }
        guard let text = TextDecoding.decode([UInt8](data)) else {
            throw ReplanRequestError(source: path, line: TextDecoding.firstUndecodableLine([UInt8](data)), problem: .undecodable)
        }
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch CSVTable.ParseError.unterminatedQuote(let line) {
            throw ReplanRequestError(source: path, line: line, problem: .unterminatedQuote)
        } catch {
            throw ReplanRequestError(source: path, line: nil, problem: .undecodable)
        }
        // Headers match as in the instance's tables ("Teacher", "工号*", "工　号").
        guard let teacherColumn = table.header.firstIndex(where: ColumnSpec("teacher", "工号").matches) else {
            throw ReplanRequestError(source: path, line: 1, problem: .missingTeacherColumn)
        }
        let datesColumn = table.header.firstIndex(where: ColumnSpec("unavailable", "不可参训日期").matches)
        // Without a dates column every teacher listed withdraws completely: dates under another column name
        // would do that silently. A column named for dates or leave ("日期", "请假", "时间"), whatever it holds,
        // or one holding dates is refused; columns of other words (姓名, 学校, 备注) are the planner's notes.
        if datesColumn == nil {
            let holdsDates = table.header.indices.filter { column in
                column != teacherColumn && (Self.namesDates(table.header[column]) || table.rows.contains { row in
                    column < row.cells.count && Self.holdsDates(row.cells[column])
                })
            }
            if !holdsDates.isEmpty {
                throw ReplanRequestError(source: path, line: 1, problem: .unknownColumns(holdsDates.map { table.header[$0].trimmingSpaces() }))
            }
        }
        let horizon = DateRange(first: instance.calendar.start, last: instance.calendar.end)
        let known = Set(instance.teachers.map(\.id))
        /// Built at the first unknown teacher only: a city has 45,000.
        var lookAlikes: LookAlikeIDs?
        var request = ReplanRequest()
        var issues: [ReplanRequestError.Issue] = []
        /// The first row of each teacher, and whether it withdraws them: a teacher both withdrawn and absent on
        /// some dates is a contradiction the planner must settle (the withdrawal won, without a word).
        var firstRow: [String: (line: Int, withdraws: Bool)] = [:]
        for row in table.rows {
            // Invisible characters pasted with an id (a zero-width space) would make it an unknown teacher.
            let cell = { (column: Int) in column < row.cells.count ? InvisibleCharacters.cleanedCell(row.cells[column]).trimmingSpaces() : "" }
            let teacher = cell(teacherColumn)
            let datesText = datesColumn.map(cell) ?? ""
            // A row of nothing but spaces or invisible characters is no row.
            if teacher.isEmpty, datesText.isEmpty, row.cells.allSatisfy({ InvisibleCharacters.cleanedCell($0).trimmingSpaces().isEmpty }) { continue }
            if !known.contains(teacher) {
                let index = lookAlikes ?? LookAlikeIDs(known)
                lookAlikes = index
                issues.append(.init(line: row.line, column: table.header[teacherColumn],
                                    problem: .unknownTeacher(teacher, similar: index.similar(to: teacher))))
            }
            let withdraws = datesText.isEmpty
            if let first = firstRow[teacher], first.withdraws != withdraws {
                issues.append(.init(line: row.line, column: table.header[teacherColumn],
                                    problem: .withdrawnAndAbsent(teacher: teacher, firstRow: first.line)))
            } else if firstRow[teacher] == nil {
                firstRow[teacher] = (row.line, withdraws)
            }
            guard let datesColumn, !datesText.isEmpty else {
                request.dropped.insert(teacher)
                continue
            }
            var ranges: [DateRange] = []
            for item in CellWords.listItems(datesText) {
                let parsed = CellWords.dateItem(item)
                guard case .range(let range) = parsed else {
                    let problem: ReplanRequestError.Problem = if case .noSuchDay(let date) = parsed { .noSuchDay(date) } else { .badDates(item) }
                    issues.append(.init(line: row.line, column: table.header[datesColumn], problem: problem))
                    continue
                }
                ranges.append(range)
                if [range].liesOutside(horizon) { request.outsideHorizon.append(IgnoredDates(line: row.line, text: item)) }
            }
            request.unavailable[teacher, default: []].formUnion(ranges.dates(within: horizon))
        }
        guard issues.isEmpty else { throw ReplanRequestError(source: path, issues: issues) }
        return request
    }

    /// One warning per date of the changes file `source` outside the horizon (the first few, then the count).
    public func warnings(source: String, horizon: DateRange, language: Language) -> [String] {
        let shown = outsideHorizon.prefix(Echo.listedItems).map { ignored in
            language.pick("\(Echo.value(source)) 第 \(ignored.line) 行：日期 \"\(Echo.value(ignored.text))\" 在计划期 \(horizon) 之外，已忽略",
                          "\(Echo.value(source)) row \(ignored.line): date \"\(Echo.value(ignored.text))\" lies outside the horizon \(horizon), ignored")
        }
        let more = outsideHorizon.count - shown.count
        guard more > 0 else { return shown }
        return shown + [language.pick("\(Echo.value(source))：另有 \(more) 个日期在计划期之外，已忽略",
                                      "\(Echo.value(source)): \(more) more dates outside the horizon, ignored")]
    }
}

/// A changes file or `--drop` list that cannot be used.
public struct ReplanRequestError: Error, Sendable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case missing, unreadable, undecodable, unterminatedQuote, missingTeacherColumn, unknownColumns([String]), badDates(String)
        /// A date written right that names no day (`2026-09-31`).
        case noSuchDay(String)
        /// `similar`: the known id each unknown one looks like (`LookAlikeIDs`), where one does.
        case unknownTeachers([String], similar: [String: String] = [:])
        /// A row's teacher, with the known id it looks like (`LookAlikeIDs`), if any.
        case unknownTeacher(String, similar: String?)
        /// A teacher withdrawn (no dates) on one row and absent on some dates on another.
        case withdrawnAndAbsent(teacher: String, firstRow: Int)
    }

    /// One problem, at its row and column when it has them.
    public struct Issue: Sendable, Equatable {
        public var line: Int?
        public var column: String?
        public var problem: Problem
    }

    public var source: String
    /// In row order (`message` shows the first `Echo.listedProblems`).
    public var issues: [Issue]

    init(source: String, issues: [Issue]) {
        self.source = source
        self.issues = issues
    }

    init(source: String, line: Int?, problem: Problem) {
        self.init(source: source, issues: [Issue(line: line, column: nil, problem: problem)])
    }

    /// One line per issue (`Echo.problemLines`).
    public func message(_ language: Language) -> String {
        Echo.problemLines(issues.map { message($0, language) }, language)
    }

    private func message(_ issue: Issue, _ language: Language) -> String {
        let source = Echo.value(self.source)
        let place = Echo.place(source, line: issue.line, column: issue.column, language)
        let text: String = switch issue.problem {
        case .missing:
            language.pick("文件不存在（请检查路径）", "no such file (check the path)")
        case .unreadable:
            language.pick("无法读取（是文件夹，或没有读取权限？）", "cannot be read (a folder, or no permission to read it?)")
        case .undecodable:
            TextDecoding.undecodableCSV(language)
        case .unterminatedQuote:
            language.pick("带引号的单元格没有结束（缺少右引号 \"）", "a quoted cell is never closed (expected a closing \")")
        case .missingTeacherColumn:
            language.pick("缺少 \"teacher\" 或 \"工号\" 列", "missing column \"teacher\" or \"工号\"")
        case .unknownColumns(let names):
            language.pick("列 \(Echo.list(names.map { "\"\(Echo.value($0))\"" }, separator: "、")) 写的是日期，但不可参训日期一列应名为 \"unavailable\" 或 \"不可参训日期\"：请改列名（没有这一列表示所列教师完全退出）",
                          "column \(Echo.list(names.map { "\"\(Echo.value($0))\"" })) holds dates, but the dates column must be named \"unavailable\" or \"不可参训日期\": rename it (without it every teacher listed withdraws completely)")
        case .badDates(let text):
            language.pick("无效的日期 \"\(Echo.value(text))\"（应为日期或日期范围，如 2026-10-12、2026/10/12、2026-10-12..2026-10-16、2026/10/12至2026/10/16）",
                          "bad date \"\(Echo.value(text))\" (expected a date or range such as 2026-10-12, 2026/10/12 or 2026-10-12..2026-10-16)")
        case .noSuchDay(let date):
            // Worded as the instance loader words it.
            InstanceIssue.noSuchDayText(date, language)
        case .unknownTeachers(let ids, let similar):
            // Each look-alike after the list, in the words `LookAlikeIDs.hint` uses for one id.
            language.pick("未知教师 \(Echo.list(ids.map { "\"\(Echo.value($0))\"" }, separator: "、"))（应为 teachers.csv 中的工号）",
                          "unknown teacher \(Echo.list(ids.map { "\"\(Echo.value($0))\"" })) (expected ids from teachers.csv)")
                + LookAlikeIDs.hints(ids.compactMap { id in similar[id].map { (id, $0) } }, language)
        case .unknownTeacher(let id, let similar):
            language.pick("未知教师 \"\(Echo.value(id))\"（应为 teachers.csv 中的工号）",
                          "unknown teacher \"\(Echo.value(id))\" (expected an id from teachers.csv)") + LookAlikeIDs.hint(similar, language)
        case .withdrawnAndAbsent(let teacher, let firstRow):
            language.pick("教师 \"\(Echo.value(teacher))\" 在第 \(firstRow) 行与本行一处没有日期（完全退出）、一处写了不可参训日期，二者矛盾（应只留一种：完全退出则日期留空，只请假则每行都写日期）",
                          "teacher \"\(Echo.value(teacher))\" has no dates (withdraws completely) on one of row \(firstRow) and this row and dates on the other (expected one meaning: leave the dates empty to withdraw, or give dates on every row)")
        }
        return place + text
    }

    public var description: String { message(.en) }
}

extension ReplanRequest {
    /// Whether a header names dates, times or leave, as a planner would head the dates column.
    static func namesDates(_ header: String) -> Bool {
        let lowered = InvisibleCharacters.cleanedCell(header).lowercased()
        return ["日期", "时间", "时段", "请假", "假期", "不可", "缺勤", "date", "time", "leave", "absen", "unavailable"]
            .contains { lowered.contains($0) }
    }

    /// Whether a cell holds dates `CellWords.dateItem` reads.
    static func holdsDates(_ cell: String) -> Bool {
        CellWords.listItems(InvisibleCharacters.cleanedCell(cell).trimmingSpaces()).contains {
            if case .range = CellWords.dateItem($0) { true } else { false }
        }
    }
}
