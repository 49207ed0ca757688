import Foundation
import TOMLKit

/// Reads a scenario file (docs/scenarios.md) against its base instance and checks every id, date and number
/// in it, reporting every problem at once.
public enum ScenarioReader {
    public static func read(file path: String, base: Instance) throws(ScenarioLoadError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            let problem = InstanceLoader.whyUnreadable(path) ?? .noSuchFile
            throw ScenarioLoadError(issues: [ScenarioIssue(file: path, key: nil, kind: .value(problem))])
        }
        guard let text = TextDecoding.decode([UInt8](data)) else {
            throw ScenarioLoadError(issues: [ScenarioIssue(file: path, key: nil, kind: .value(.undecodableText))])
        }
        return try read(text: text, file: path, base: base)
    }

    public static func read(text: String, file: String, base: Instance) throws(ScenarioLoadError) -> Scenario {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: InvisibleCharacters.tomlText(text))
        } catch let error as TOMLParseError {
            throw ScenarioLoadError(issues: [ScenarioIssue(
                file: file, line: error.source.begin.line, key: nil, kind: .value(.malformedTOML(reason: error.description))
            )])
        } catch {
            throw ScenarioLoadError(issues: [ScenarioIssue(
                file: file, key: nil, kind: .value(.malformedTOML(reason: String(describing: error)))
            )])
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var parser = ScenarioParser(base: base, file: file)
        var scenario = Scenario(
            name: name, title: name, file: file,
            fileHash: SourceHash.compute([(name: "scenario", bytes: Array(text.utf8))])
        )
        parser.parse(TOMLSection(table: root, path: ""), into: &scenario)
        let issues = parser.issues
        guard issues.isEmpty else { throw ScenarioLoadError(issues: issues) }
        return scenario
    }
}

/// The reading itself: typed values come from `TOMLSection` (whose issues name instance.toml and are
/// re-filed under the scenario file), ids are looked up in the base.
struct ScenarioParser {
    let base: Instance
    let file: String
    private var log = IssueLog()
    private var own: [ScenarioIssue] = []

    init(base: Instance, file: String) {
        self.base = base
        self.file = file
    }

    private var horizon: DateRange { DateRange(first: base.calendar.start, last: base.calendar.end) }

    /// Every issue, in key order.
    var issues: [ScenarioIssue] {
        let values = log.issues.map { issue in
            switch issue.kind {
            case .unknownKey(let known): ScenarioIssue(file: file, line: issue.row, key: issue.column, kind: .unknownKey(known: known))
            default: ScenarioIssue(file: file, line: issue.row, key: issue.column, kind: .value(issue.kind))
            }
        }
        return (values + own).enumerated()
            .sorted { ($0.element.key ?? "", $0.offset) < ($1.element.key ?? "", $1.offset) }.map(\.element)
    }

    mutating func parse(_ top: TOMLSection, into scenario: inout Scenario) {
        top.reportUnknownKeys(known: ["title", "programs", "sub_quotas", "weights", "sites", "dates", "teachers", "teams"], &log)
        if let title = top.string("title", &log) { scenario.title = title }
        for (id, section) in subsections(top, "programs", ids: Set(base.programmes.map(\.id)), reference: .programme) {
            scenario.programmes[id] = programmePatch(section, base.programmes.first { $0.id == id }!)
        }
        scenario.subQuotas = subQuotaPatches(top)
        if let weights = top.section("weights", &log) {
            weights.reportUnknownKeys(known: Weights.keys, &log)
            for key in Weights.keys where weights.table[key] != nil {
                scenario.weights[key] = weights.number(key, 0, minimum: 0, &log)
            }
        }
        for (id, section) in subsections(top, "sites", ids: Set(base.sites.map(\.id)), reference: .site) {
            scenario.sites[id] = sitePatch(section)
        }
        if let dates = top.section("dates", &log) {
            dates.reportUnknownKeys(known: ["block", "open"], &log)
            scenario.blockedDates = dateSet(dates, "block") ?? []
            scenario.openedDates = dateSet(dates, "open") ?? []
        }
        if let teachers = top.section("teachers", &log) {
            let known = Set(base.teachers.map(\.id))
            // Built once, for the first unknown key: 4,000 stale keys took 13 s when built for each.
            var lookAlikes: LookAlikeIDs?
            for id in teachers.table.keys.sorted() {
                guard known.contains(id) else {
                    let index = lookAlikes ?? LookAlikeIDs(known)
                    lookAlikes = index
                    own.append(ScenarioIssue(file: file, key: teachers.keyPath(id),
                                             kind: .unknownTeacher(id, similar: index.similar(to: id))))
                    continue
                }
                guard let section = teachers.section(id, &log) else { continue }
                scenario.teachers[id] = teacherPatch(section)
            }
        }
        if let teams = top.section("teams", &log) {
            let known = Set(base.teams.map(\.name))
            for name in teams.table.keys.sorted() {
                guard known.contains(name) else {
                    teams.log(.unknownReference(name, target: .team, similar: LookAlikeIDs(known).similar(to: name)), name, &log)
                    continue
                }
                if let limit = teams.integer(name, minimum: 0, &log) { scenario.teamLimits[name] = limit }
            }
        }
    }

    /// `[KEY.ID]` tables whose ID the base knows; unknown ids are reported.
    private mutating func subsections(_ top: TOMLSection, _ key: String, ids: Set<String>,
                                      reference: InstanceIssue.Reference) -> [(String, TOMLSection)] {
        guard let parent = top.section(key, &log) else { return [] }
        return parent.table.keys.sorted().compactMap { id in
            guard ids.contains(id) else {
                parent.log(.unknownReference(id, target: reference, similar: LookAlikeIDs(ids).similar(to: id)), id, &log)
                return nil
            }
            return parent.section(id, &log).map { (id, $0) }
        }
    }

    private mutating func programmePatch(_ section: TOMLSection, _ programme: Programme) -> ProgrammePatch {
        section.reportUnknownKeys(known: ["quota_min", "quota_max", "window", "day_types", "days", "sessions", "gap_days"], &log)
        var patch = ProgrammePatch()
        if let value = section.table["quota_min"] {
            if let text = value.string, CellWords.isAllEligible(text) {
                patch.quotaMin = .allEligible
            } else if let seats = section.integer("quota_min", minimum: 0, &log) {
                patch.quotaMin = .seats(seats)
            }
        }
        patch.quotaMax = section.integer("quota_max", minimum: 0, &log)
        patch.window = dateSet(section, "window")
        if section.table["day_types"] != nil {
            var types: Set<DayType> = []
            for name in section.strings("day_types", &log) {
                if let type = CellWords.dayType(name.trimmingSpaces()) {
                    types.insert(type)
                } else {
                    section.log(.unknownChoice(name, choices: CellWords.dayTypeChoices), "day_types", &log)
                }
            }
            patch.dayTypes = types
        }
        patch.days = section.integer("days", minimum: 0, &log)
        patch.sessions = section.integer("sessions", minimum: 1, &log)
        patch.gapDays = section.integer("gap_days", minimum: 0, &log)

        if let days = patch.days, (programme.mode == .online) != (days == 0) {
            section.log(.daysForMode(days: days, mode: programme.mode), "days", &log)
        }
        var patched = programme
        patch.apply(to: &patched)
        if case .seats(let minimum) = patched.quotaMin, let maximum = patched.quotaMax, minimum > maximum {
            section.log(.minAboveMax(min: minimum, max: maximum, maxColumn: "quota_max"),
                        patch.quotaMin != nil ? "quota_min" : "quota_max", &log)
        }
        return patch
    }

    private mutating func subQuotaPatches(_ top: TOMLSection) -> [SubQuotaPatch] {
        guard let value = top.table["sub_quotas"] else { return [] }
        guard let array = value.array else {
            top.log(.wrongType(found: value.type.description, expected: .table), "sub_quotas", &log)
            return []
        }
        let districts = Set(base.schools.map(\.district))
        let schools = Set(base.schools.map(\.id))
        var patches: [SubQuotaPatch] = []
        for (index, item) in array.enumerated() {
            let key = "sub_quotas[\(index + 1)]"
            guard let table = item.table else {
                top.log(.wrongType(found: item.type.description, expected: .table), key, &log)
                continue
            }
            let section = TOMLSection(table: table, path: key)
            section.reportUnknownKeys(known: ["program", "scope", "scope_id", "min", "max"], &log)
            guard let program = section.string("program", &log) else {
                if table["program"] == nil { section.log(.missingKey(expected: .text), "program", &log) }
                continue
            }
            guard base.programmes.contains(where: { $0.id == program }) else {
                section.log(.unknownReference(program, target: .programme,
                                              similar: LookAlikeIDs(base.programmes.map(\.id)).similar(to: program)), "program", &log)
                continue
            }
            guard let scopeID = section.string("scope_id", &log) else {
                if table["scope_id"] == nil { section.log(.missingKey(expected: .text), "scope_id", &log) }
                continue
            }
            var scope: Quota.Scope?
            if let text = section.string("scope", &log) {
                scope = CellWords.quotaScope(text)
                if scope == nil { section.log(.unknownChoice(text, choices: CellWords.scopeChoices), "scope", &log) }
                guard scope != nil else { continue }
            } else {
                scope = base.quotas.first { $0.program == program && $0.scopeID == scopeID }?.scope
            }
            guard let scope else {
                // A scope_id written like one of the programme's sub-quotas ("d 1" for D1) means that one: it is
                // named, rather than the planner told to add a sub-quota.
                let quotas = base.quotas.filter { $0.program == program }
                if let similar = LookAlikeIDs(quotas.map(\.scopeID)).similar(to: scopeID),
                   let quota = quotas.first(where: { $0.scopeID == similar }) {
                    section.log(.unknownReference(scopeID, target: quota.scope == .district ? .district : .school, similar: similar),
                                "scope_id", &log)
                } else {
                    own.append(ScenarioIssue(file: file, key: section.keyPath("scope"), kind: .missingScope(program: program, scopeID: scopeID)))
                }
                continue
            }
            let known = scope == .district ? districts.contains(scopeID) : schools.contains(scopeID)
            guard known else {
                section.log(.unknownReference(scopeID, target: scope == .district ? .district : .school,
                                              similar: LookAlikeIDs(scope == .district ? districts : schools).similar(to: scopeID)), "scope_id", &log)
                continue
            }
            let patch = SubQuotaPatch(
                program: program, scope: scope, scopeID: scopeID,
                min: section.integer("min", minimum: 0, &log), max: section.integer("max", minimum: 0, &log)
            )
            if let minimum = patch.min, let maximum = patch.max, minimum > maximum {
                section.log(.minAboveMax(min: minimum, max: maximum, maxColumn: "max"), "min", &log)
            }
            patches.append(patch)
        }
        return patches
    }

    private mutating func sitePatch(_ section: TOMLSection) -> SitePatch {
        section.reportUnknownKeys(known: ["closed", "seats", "rooms", "max_cohorts", "available", "unavailable"], &log)
        var patch = SitePatch()
        patch.closed = boolean(section, "closed") ?? false
        patch.seats = section.integer("seats", minimum: 1, &log)
        patch.rooms = section.integer("rooms", minimum: 1, &log)
        patch.maxCohorts = section.integer("max_cohorts", minimum: 0, &log)
        patch.available = dateSet(section, "available")
        patch.unavailable = dateSet(section, "unavailable") ?? []
        return patch
    }

    private mutating func teacherPatch(_ section: TOMLSection) -> TeacherPatch {
        section.reportUnknownKeys(known: ["unavailable", "leave"], &log)
        var patch = TeacherPatch()
        patch.unavailable = dateSet(section, "unavailable") ?? []
        patch.leave = boolean(section, "leave") ?? false
        return patch
    }

    /// A date list clipped to the horizon; nil when absent. A list entirely outside the horizon is an error:
    /// it would silently change nothing.
    private mutating func dateSet(_ section: TOMLSection, _ key: String) -> Set<PlanDate>? {
        guard section.table[key] != nil else { return nil }
        let ranges = section.dateRanges(key, &log)
        if !ranges.isEmpty, ranges.liesOutside(horizon) {
            section.log(.outsideHorizon(ranges.map(\.description).joined(separator: ";"), horizon: horizon), key, &log)
        }
        return ranges.dates(within: horizon)
    }

    private mutating func boolean(_ section: TOMLSection, _ key: String) -> Bool? {
        guard let value = section.table[key] else { return nil }
        if let flag = value.bool ?? value.string.flatMap(CellWords.boolean) { return flag }
        section.log(.wrongType(found: value.type.description, expected: .boolean), key, &log)
        return nil
    }
}
