import Foundation

/// Reads a plan folder (SPEC "Plan": cohorts.csv, assignments.csv, optional summary.json) back into a
/// `Plan` for its instance, so reports can be made from a plan written earlier or by hand.
/// Unlike the plan checker it stops at the first problem: a report of a plan it cannot read is useless.
public struct PlanFolderReader {
    public let instance: Instance

    public init(instance: Instance) { self.instance = instance }

    public struct Contents: Sendable {
        public var plan: Plan
        /// nil when the folder has no summary.json (a hand-written plan).
        public var summary: PlanSummary?
    }

    public func read(directory: String) throws -> Contents {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var cohorts = try readCohorts(folder)
        try readAssignments(folder, into: &cohorts)
        for index in cohorts.indices {
            cohorts[index].teachers.sort { instance.teachers[$0].id < instance.teachers[$1].id }
        }
        let opened = cohorts.filter { !$0.teachers.isEmpty }.sorted(by: Cohort.planOrder)
        return Contents(plan: Plan(cohorts: opened), summary: try readSummary(folder))
    }

    private func readCohorts(_ folder: URL) throws -> [Cohort] {
        let file = "cohorts.csv"
        let programmes = Self.indexByID(instance.programmes.map(\.id))
        let sites = Self.indexByID(instance.sites.map(\.id))
        var cohorts: [Cohort] = []
        var seen = Set<String>()
        for row in try readTable(folder, file, columns: ["cohort", "program", "site", "sessions"]) {
            let (id, programmeID, siteID, sessionsText) = (row.values[0], row.values[1], row.values[2], row.values[3])
            guard !id.isEmpty else { throw PlanReadError(file: file, line: row.line, .emptyCohortID) }
            guard seen.insert(id).inserted else { throw PlanReadError(file: file, line: row.line, .duplicateCohort(id)) }
            guard let programme = programmes[programmeID] else {
                throw PlanReadError(file: file, line: row.line, .unknownProgramme(programmeID))
            }
            guard let site = sites[siteID] else { throw PlanReadError(file: file, line: row.line, .unknownSite(siteID)) }
            guard let sessions = Self.sessions(sessionsText) else {
                throw PlanReadError(file: file, line: row.line, .badSessions(sessionsText))
            }
            cohorts.append(Cohort(id: id, programme: programme, site: site, sessions: sessions, teachers: []))
        }
        return cohorts
    }

    private func readAssignments(_ folder: URL, into cohorts: inout [Cohort]) throws {
        let file = "assignments.csv"
        let teachers = Self.indexByID(instance.teachers.map(\.id))
        let cohortIndex = Self.indexByID(cohorts.map(\.id))
        for row in try readTable(folder, file, columns: ["teacher", "cohort"]) {
            let (teacherID, cohortID) = (row.values[0], row.values[1])
            guard let teacher = teachers[teacherID] else {
                throw PlanReadError(file: file, line: row.line, .unknownTeacher(teacherID))
            }
            guard let cohort = cohortIndex[cohortID] else {
                throw PlanReadError(file: file, line: row.line, .unknownCohort(cohortID))
            }
            guard !cohorts[cohort].teachers.contains(teacher) else {
                throw PlanReadError(file: file, line: row.line, .duplicateAssignment(teacher: teacherID, cohort: cohortID))
            }
            cohorts[cohort].teachers.append(teacher)
        }
    }

    private func readSummary(_ folder: URL) throws -> PlanSummary? {
        let file = "summary.json"
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(PlanSummary.self, from: Data(contentsOf: url))
        } catch {
            throw PlanReadError(file: file, line: nil, .unreadable(String(describing: error)))
        }
    }

    /// The named columns of every row, in the order asked.
    private func readTable(_ folder: URL, _ file: String, columns: [String]) throws -> [(line: Int, values: [String])] {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { throw PlanReadError(file: file, line: nil, .missingFile) }
        let table: CSVTable
        do {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else {
                throw PlanReadError(file: file, line: nil, .unreadable("not UTF-8"))
            }
            table = try CSVTable(parsing: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch let error as PlanReadError {
            throw error
        } catch {
            throw PlanReadError(file: file, line: nil, .unreadable(String(describing: error)))
        }
        let indices = try columns.map { column in
            guard let index = table.header.firstIndex(of: column) else {
                throw PlanReadError(file: file, line: 1, .missingColumn(column))
            }
            return index
        }
        return table.rows.map { row in (row.line, indices.map { $0 < row.cells.count ? row.cells[$0] : "" }) }
    }

    /// `a..b;c` as date ranges; empty text is an online cohort's empty list; nil when a part is not a date.
    static func sessions(_ text: String) -> [DateRange]? {
        var ranges: [DateRange] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "；" }) {
            let ends = part.trimmingCharacters(in: .whitespaces).components(separatedBy: "..")
            guard ends.count <= 2, let first = PlanDate(ends[0]), let last = PlanDate(ends[ends.count - 1]),
                  first <= last
            else { return nil }
            ranges.append(DateRange(first: first, last: last))
        }
        return ranges
    }

    private static func indexByID(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A plan folder that cannot be read, naming the file and, where there is one, the row.
public struct PlanReadError: Error, CustomStringConvertible {
    enum Problem {
        case missingFile, unreadable(String), missingColumn(String), emptyCohortID, duplicateCohort(String)
        case unknownProgramme(String), unknownSite(String), unknownTeacher(String), unknownCohort(String)
        case badSessions(String), duplicateAssignment(teacher: String, cohort: String)
    }

    public let file: String
    /// 1-based row as a spreadsheet shows it (header = 1); nil for a problem with the whole file.
    public let line: Int?
    let problem: Problem

    init(file: String, line: Int?, _ problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public func message(_ language: Language) -> String {
        let file = Echo.value(self.file)
        let place = line.map { language.pick("\(file) 第 \($0) 行：", "\(file) row \($0): ") }
            ?? language.pick("\(file)：", "\(file): ")
        let text: String = switch problem {
        case .missingFile: language.pick("计划文件夹中没有此文件", "the plan folder has no such file")
        case .unreadable(let reason): language.pick("无法读取（\(Echo.value(reason))）", "cannot be read (\(Echo.value(reason)))")
        case .missingColumn(let column): language.pick("缺少列“\(Echo.value(column))”", "missing column \"\(Echo.value(column))\"")
        case .emptyCohortID: language.pick("班次编号为空", "empty cohort id")
        case .duplicateCohort(let id): language.pick("班次编号“\(Echo.value(id))”重复", "cohort id \"\(Echo.value(id))\" is listed twice")
        case .unknownProgramme(let id): language.pick("实例中没有项目“\(Echo.value(id))”", "the instance has no programme \"\(Echo.value(id))\"")
        case .unknownSite(let id): language.pick("实例中没有培训点“\(Echo.value(id))”", "the instance has no site \"\(Echo.value(id))\"")
        case .unknownTeacher(let id): language.pick("实例中没有教师“\(Echo.value(id))”", "the instance has no teacher \"\(Echo.value(id))\"")
        case .unknownCohort(let id): language.pick("cohorts.csv 中没有班次“\(Echo.value(id))”", "cohorts.csv has no cohort \"\(Echo.value(id))\"")
        case .badSessions(let text):
            language.pick("日期“\(Echo.value(text))”不是 YYYY-MM-DD..YYYY-MM-DD 列表", "sessions \"\(Echo.value(text))\" are not a list of YYYY-MM-DD..YYYY-MM-DD")
        case .duplicateAssignment(let teacher, let cohort):
            language.pick("教师“\(Echo.value(teacher))”在班次“\(Echo.value(cohort))”中重复", "teacher \"\(Echo.value(teacher))\" is assigned to cohort \"\(Echo.value(cohort))\" twice")
        }
        return place + text
    }

    public var description: String { message(.en) }
}
