import Foundation

/// What changed since a plan was published (换人参训): teachers who drop out entirely, and teachers who
/// can no longer come on some dates. From `--drop T1,T2` or a changes file (docs/scenarios.md):
/// a CSV with `teacher` (工号) and `unavailable` (不可参训日期; empty = drops out entirely).
public struct ReplanRequest: Sendable, Equatable {
    /// Teacher ids who drop out of every cohort.
    public var dropped: Set<String> = []
    /// Teacher id → dates they can no longer attend.
    public var unavailable: [String: Set<PlanDate>] = [:]

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
        if !unknown.isEmpty { throw ReplanRequestError(source: source, line: nil, problem: .unknownTeachers(unknown)) }
    }

    /// Reads a changes file.
    public static func read(file path: String, instance: Instance) throws(ReplanRequestError) -> ReplanRequest {
        guard let data = FileManager.default.contents(atPath: path), let text = TextDecoding.decode([UInt8](data)) else {
            throw ReplanRequestError(source: path, line: nil, problem: .unreadable)
        }
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw ReplanRequestError(source: path, line: nil, problem: .unreadable)
        }
        guard let teacherColumn = table.header.firstIndex(where: { ["teacher", "工号"].contains($0.trimmingSpaces()) }) else {
            throw ReplanRequestError(source: path, line: 1, problem: .missingTeacherColumn)
        }
        let datesColumn = table.header.firstIndex { ["unavailable", "不可参训日期"].contains($0.trimmingSpaces()) }
        let horizon = DateRange(first: instance.calendar.start, last: instance.calendar.end)
        var request = ReplanRequest()
        for row in table.rows {
            let cell = { (column: Int) in column < row.cells.count ? row.cells[column].trimmingSpaces() : "" }
            let teacher = cell(teacherColumn)
            let datesText = datesColumn.map(cell) ?? ""
            guard !datesText.isEmpty else {
                request.dropped.insert(teacher)
                continue
            }
            var ranges: [DateRange] = []
            for item in CellWords.listItems(datesText) {
                guard case .range(let range) = CellWords.dateItem(item) else {
                    throw ReplanRequestError(source: path, line: row.line, problem: .badDates(item))
                }
                ranges.append(range)
            }
            request.unavailable[teacher, default: []].formUnion(ranges.dates(within: horizon))
        }
        try request.validate(against: instance, source: path)
        return request
    }
}

/// A changes file or `--drop` list that cannot be used.
public struct ReplanRequestError: Error, Sendable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case unreadable, missingTeacherColumn, badDates(String), unknownTeachers([String])
    }

    public var source: String
    public var line: Int?
    public var problem: Problem

    public func message(_ language: Language) -> String {
        let place = line.map { language.pick("\(source) 第 \($0) 行：", "\(source) row \($0): ") } ?? language.pick("\(source)：", "\(source): ")
        let text: String = switch problem {
        case .unreadable:
            language.pick("无法读取（应为 UTF-8 或 GB18030 编码的 CSV）", "cannot be read (expected a CSV in UTF-8 or GB18030)")
        case .missingTeacherColumn:
            language.pick("缺少 \"teacher\" 或 \"工号\" 列", "missing column \"teacher\" or \"工号\"")
        case .badDates(let text):
            language.pick("无效的日期 \"\(text)\"（应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD）",
                          "bad date \"\(text)\" (expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)")
        case .unknownTeachers(let ids):
            language.pick("未知教师 \(ids.map { "\"\($0)\"" }.joined(separator: "、"))（应为 teachers.csv 中的工号）",
                          "unknown teacher \(ids.map { "\"\($0)\"" }.joined(separator: ", ")) (expected ids from teachers.csv)")
        }
        return place + text
    }

    public var description: String { message(.en) }
}
