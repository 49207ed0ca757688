import Foundation

/// Reads a plan folder (SPEC "Plan": cohorts.csv, assignments.csv, optional summary.json) back into a
/// `Plan` for its instance, so reports can be made from a plan written earlier or by hand.
/// Every problem of the folder is listed at once (`PlanReadError`), each with its file, row and column, as
/// the instance loader does: a planner fixing a hand-edited plan should not find them one run at a time.
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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            let problem: PlanReadError.Problem = FileManager.default.fileExists(atPath: directory) ? .notAFolder : .missingFolder
            throw PlanReadError(issues: [.init(file: directory, line: nil, column: nil, problem)])
        }
        var issues: [PlanReadError.Issue] = []
        let read = readCohorts(folder, issues: &issues)
        var cohorts = read?.cohorts ?? []
        readAssignments(folder, into: &cohorts, cohortsRead: read != nil, rejected: read?.rejected ?? [], issues: &issues)
        let summary = readSummary(folder, issues: &issues)
        guard issues.isEmpty else { throw PlanReadError(issues: issues) }
        for index in cohorts.indices {
            cohorts[index].teachers.sort { instance.teachers[$0].id < instance.teachers[$1].id }
        }
        let opened = cohorts.filter { !$0.teachers.isEmpty }.sorted(by: Cohort.planOrder)
        return Contents(plan: Plan(cohorts: opened), summary: summary)
    }

    /// The cohorts of every row without a problem, and the ids of rows with one; nil when the file itself
    /// cannot be read.
    private func readCohorts(_ folder: URL, issues: inout [PlanReadError.Issue]) -> (cohorts: [Cohort], rejected: Set<String>)? {
        let file = "cohorts.csv"
        let programmes = Self.indexByID(instance.programmes.map(\.id))
        let sites = Self.indexByID(instance.sites.map(\.id))
        let programmeLookAlikes = LookAlikeIDs(instance.programmes.map(\.id))
        let siteLookAlikes = LookAlikeIDs(instance.sites.map(\.id))
        guard let rows = readTable(folder, file, columns: ["cohort", "program", "site", "sessions"], issues: &issues) else { return nil }
        var cohorts: [Cohort] = []
        var rejected = Set<String>()
        var seen = Set<String>()
        for row in rows {
            let (id, programmeID, siteID, sessionsText) = (row.values[0], row.values[1], row.values[2], row.values[3])
            func problem(_ column: String, _ problem: PlanReadError.Problem) {
                issues.append(.init(file: file, line: row.line, column: column, problem))
            }
            if id.isEmpty { problem("cohort", .emptyCohortID) }
            if id.count > ValueLimits.longestCohortID { problem("cohort", .cohortIDTooLong(id.count)) }
            let duplicate = !id.isEmpty && !seen.insert(id).inserted
            if duplicate { problem("cohort", .duplicateCohort(id)) }
            let programme = programmes[programmeID]
            if programme == nil { problem("program", .unknownProgramme(programmeID, similar: programmeLookAlikes.similar(to: programmeID))) }
            let site = sites[siteID]
            if site == nil { problem("site", .unknownSite(siteID, similar: siteLookAlikes.similar(to: siteID))) }
            let sessions = PlanTable.sessions(sessionsText)
            if sessions == nil { problem("sessions", .badSessions(sessionsText)) }
            // A typo such as 2720 for 2027 would give notices and calendars for centuries of dates.
            let withinTerm = sessions.map { instance.calendar.isPlausible($0) } ?? true
            if !withinTerm { problem("sessions", .sessionsOutsideTerm(sessionsText, instance.calendar.term)) }
            if !id.isEmpty, !duplicate, let programme, let site, let sessions, withinTerm {
                cohorts.append(Cohort(id: id, programme: programme, site: site, sessions: sessions, teachers: []))
            } else if !duplicate, !id.isEmpty {
                rejected.insert(id)
            }
        }
        return (cohorts, rejected)
    }

    /// Adds each row's teacher to its cohort. A row naming a cohort that `cohorts` lacks is an issue only
    /// when cohorts.csv was read and that cohort is not one of its `rejected` rows (listed there already).
    private func readAssignments(_ folder: URL, into cohorts: inout [Cohort], cohortsRead: Bool, rejected: Set<String>,
                                 issues: inout [PlanReadError.Issue]) {
        let file = "assignments.csv"
        let teachers = Self.indexByID(instance.teachers.map(\.id))
        let cohortIndex = Self.indexByID(cohorts.map(\.id))
        guard let rows = readTable(folder, file, columns: ["teacher", "cohort"], issues: &issues) else { return }
        var seen = Set<[String]>()
        var lookAlikes: LookAlikeIDs?
        for row in rows {
            let (teacherID, cohortID) = (row.values[0], row.values[1])
            let teacher = teachers[teacherID]
            if teacher == nil {
                // Built at the first unknown teacher only: a city has 45,000.
                let known = lookAlikes ?? LookAlikeIDs(instance.teachers.map(\.id))
                lookAlikes = known
                issues.append(.init(file: file, line: row.line, column: "teacher", .unknownTeacher(teacherID, similar: known.similar(to: teacherID))))
            }
            let cohort = cohortIndex[cohortID]
            if cohort == nil, cohortsRead, !rejected.contains(cohortID) {
                issues.append(.init(file: file, line: row.line, column: "cohort", .unknownCohort(cohortID)))
            }
            guard let teacher, let cohort else { continue }
            guard seen.insert([teacherID, cohortID]).inserted else {
                issues.append(.init(file: file, line: row.line, column: nil, .duplicateAssignment(teacher: teacherID, cohort: cohortID)))
                continue
            }
            cohorts[cohort].teachers.append(teacher)
        }
    }

    private func readSummary(_ folder: URL, issues: inout [PlanReadError.Issue]) -> PlanSummary? {
        let file = "summary.json"
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url) else {
            issues.append(.init(file: file, line: nil, column: nil, .unreadableFile))
            return nil
        }
        do {
            return try JSONDecoder().decode(PlanSummary.self, from: data)
        } catch let error as DecodingError {
            // In the planner's words: which field, not the decoder's coding path and debug description.
            let field = { (path: [any CodingKey], key: (any CodingKey)?) in
                ((path.map(\.stringValue)) + [key?.stringValue].compactMap { $0 }).joined(separator: ".")
            }
            let problem: PlanReadError.Problem = switch error {
            case .keyNotFound(let key, let context): .summaryField(field(context.codingPath, key), missing: true)
            case .valueNotFound(_, let context), .typeMismatch(_, let context): .summaryField(field(context.codingPath, nil), missing: false)
            default: .summaryNotJSON
            }
            issues.append(.init(file: file, line: nil, column: nil, problem))
            return nil
        } catch {
            issues.append(.init(file: file, line: nil, column: nil, .summaryNotJSON))
            return nil
        }
    }

    /// The named columns of every row but empty ones, in the order asked (`PlanTable`); nil after listing why the file
    /// cannot be read.
    private func readTable(_ folder: URL, _ file: String, columns: [String],
                           issues: inout [PlanReadError.Issue]) -> [PlanTable.Row]? {
        switch PlanTable.read(folder, file, columns: columns) {
        case .success(let rows):
            return rows
        case .failure(let problem):
            let found: [PlanReadError.Issue] = switch problem {
            case .missingFile: [.init(file: file, line: nil, column: nil, .missingFile)]
            case .undecodable(let line): [.init(file: file, line: line, column: nil, .undecodable)]
            case .unterminatedQuote(let line): [.init(file: file, line: line, column: nil, .unterminatedQuote)]
            case .unreadable(let reason): [.init(file: file, line: nil, column: nil, .unreadable(reason))]
            case .missingColumns(let missing): missing.map { .init(file: file, line: 1, column: nil, .missingColumn($0)) }
            }
            issues += found
            return nil
        }
    }

    private static func indexByID(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A plan folder that cannot be read: every problem found, each naming its file and, where there is one,
/// its row and column.
public struct PlanReadError: Error, CustomStringConvertible {
    enum Problem {
        case missingFolder, notAFolder, missingFile, undecodable, unterminatedQuote, unreadable(String), missingColumn(String), emptyCohortID
        /// Unknown ids, each with the known id it looks like (`LookAlikeIDs`), if any.
        case unknownProgramme(String, similar: String?), unknownSite(String, similar: String?), unknownTeacher(String, similar: String?)
        case duplicateCohort(String)
        case unknownCohort(String), badSessions(String), sessionsOutsideTerm(String, DateRange)
        case summaryNotJSON, summaryField(String, missing: Bool), cohortIDTooLong(Int), unreadableFile
        case duplicateAssignment(teacher: String, cohort: String)
    }

    public struct Issue: Sendable {
        public let file: String
        /// 1-based row as a spreadsheet shows it (header = 1); nil for a problem with the whole file.
        public let line: Int?
        /// The column's header; nil for a problem with the whole row or file.
        public let column: String?
        let problem: Problem

        init(file: String, line: Int?, column: String?, _ problem: Problem) {
            (self.file, self.line, self.column, self.problem) = (file, line, column, problem)
        }

        public func message(_ language: Language) -> String {
            let file = Echo.value(self.file)
            let place = Echo.place(file, line: line, column: column, language)
            let text: String = switch problem {
            case .cohortIDTooLong(let length):
                language.pick("班次编号过长（\(length) 个字符，最多 \(ValueLimits.longestCohortID) 个）",
                              "cohort id too long (\(length) characters, at most \(ValueLimits.longestCohortID))")
            case .unreadableFile: language.pick("无法读取（是文件夹，或没有读取权限？）", "cannot be read (a folder, or no permission to read it?)")
            case .summaryNotJSON:
                language.pick("不是有效的 JSON（可能被截断或手工改坏）；重新求解，或删掉它", "not valid JSON (truncated or edited by hand); solve again, or delete it")
            case .summaryField(let field, let missing):
                missing ? language.pick("缺少字段 \(Echo.value(field))", "lacks field \(Echo.value(field))")
                    : language.pick("字段 \(Echo.value(field)) 的值类型不对或为空", "field \(Echo.value(field)) has a value of the wrong type, or none")
            case .missingFolder: language.pick("计划文件夹不存在（请检查路径）", "no such plan folder (check the path)")
            case .notAFolder: language.pick("是文件，不是计划文件夹", "is a file, not a plan folder")
            case .missingFile: language.pick("计划文件夹中没有此文件", "the plan folder has no such file")
            case .undecodable: TextDecoding.undecodableCSV(language)
            case .unterminatedQuote: language.pick("引号未闭合", "a quote is not closed")
            case .unreadable(let reason): language.pick("无法读取（\(Echo.value(reason))）", "cannot be read (\(Echo.value(reason)))")
            case .missingColumn(let column): language.pick("缺少列“\(Echo.value(column))”", "missing column \"\(Echo.value(column))\"")
            case .emptyCohortID: language.pick("班次编号为空", "empty cohort id")
            case .duplicateCohort(let id): language.pick("班次编号“\(Echo.value(id))”重复", "cohort id \"\(Echo.value(id))\" is listed twice")
            case .unknownProgramme(let id, let similar):
                language.pick("实例中没有项目“\(Echo.value(id))”", "the instance has no programme \"\(Echo.value(id))\"") + LookAlikeIDs.hint(similar, language)
            case .unknownSite(let id, let similar):
                language.pick("实例中没有培训点“\(Echo.value(id))”", "the instance has no site \"\(Echo.value(id))\"") + LookAlikeIDs.hint(similar, language)
            case .unknownTeacher(let id, let similar):
                language.pick("实例中没有教师“\(Echo.value(id))”", "the instance has no teacher \"\(Echo.value(id))\"") + LookAlikeIDs.hint(similar, language)
            case .unknownCohort(let id): language.pick("cohorts.csv 中没有班次“\(Echo.value(id))”", "cohorts.csv has no cohort \"\(Echo.value(id))\"")
            case .sessionsOutsideTerm(let text, let term):
                language.pick("日期“\(Echo.value(text))”远在计划期 \(term) 之外（年份写错？）", "sessions \"\(Echo.value(text))\" lie far outside the term \(term) (a wrong year?)")
            case .badSessions(let text):
                language.pick("各次日期有误：", "malformed sessions: ") + PlanTable.sessionsProblem(text, language)
            case .duplicateAssignment(let teacher, let cohort):
                language.pick("教师“\(Echo.value(teacher))”在班次“\(Echo.value(cohort))”中重复", "teacher \"\(Echo.value(teacher))\" is assigned to cohort \"\(Echo.value(cohort))\" twice")
            }
            return place + text
        }
    }

    /// In file order (cohorts.csv, assignments.csv, summary.json), rows in order within each.
    public let issues: [Issue]

    /// One line per issue (`Echo.problemLines`).
    public func message(_ language: Language) -> String {
        Echo.problemLines(issues.map { $0.message(language) }, language)
    }

    public var description: String { message(.en) }
}
