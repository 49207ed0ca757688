import Foundation
import TrainPlanCore

/// Turns the rows of a plan folder into cohorts with known programme, site, sessions and teachers,
/// reporting the structural problems (STRUCTURE) on the way. Rows that cannot be resolved take no part
/// in the later rules or the KPIs.
struct PlanResolution {
    var cohorts: [PlannedCohort] = []
    var violations: [Violation] = []
    /// Remarks that leave the plan valid (`CheckReport.notes`).
    var notes: [Violation] = []

    init(folder: PlanFolder, instance: Instance) {
        let programmes = Dictionary(instance.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sites = Dictionary(instance.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let teachers = Dictionary(instance.teachers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Programmes and sites are few; the teachers' look-alikes are built at the first unknown teacher only.
        let programmeLookAlikes = LookAlikeIDs(instance.programmes.map(\.id))
        let siteLookAlikes = LookAlikeIDs(instance.sites.map(\.id))

        // Ids listed in cohorts.csv, resolvable or not, so assignments to a broken row are not "unknown".
        var listedCohorts: Set<String> = []
        /// The first row of each listed cohort, for the informational columns of assignments.csv.
        var cohortRows: [String: PlanFolder.CohortRow] = [:]
        var resolved: [(cohort: PlannedCohort, writtenSize: Int?)] = []
        for row in folder.cohortRows {
            guard !row.cohort.isEmpty else {
                violations.append(Violation(.missingValue(file: PlanFolder.cohortsFile, line: row.line, column: "cohort")))
                continue
            }
            guard listedCohorts.insert(row.cohort).inserted else {
                violations.append(Violation(.duplicateCohort(cohort: row.cohort, line: row.line)))
                continue
            }
            cohortRows[row.cohort] = row
            // Listed, so that its assignments are not called unknown as well.
            guard row.cohort.count <= ValueLimits.longestCohortID else {
                violations.append(Violation(.cohortIDTooLong(length: row.cohort.count, line: row.line)))
                continue
            }
            let programme = programmes[row.programme]
            let site = sites[row.site]
            let sessions = PlanTable.sessions(row.sessions)
            let writtenSize = Int(row.size)
            // An empty cell is named as empty, not as an unknown id "".
            func missing(_ column: String) -> Violation { Violation(.missingValue(file: PlanFolder.cohortsFile, line: row.line, column: column)) }
            if programme == nil {
                violations.append(row.programme.isEmpty ? missing("program")
                                  : Violation(.unknownProgramme(cohort: row.cohort, programme: row.programme, line: row.line,
                                                              similar: programmeLookAlikes.similar(to: row.programme))))
            }
            if site == nil {
                violations.append(row.site.isEmpty ? missing("site") : Violation(.unknownSite(cohort: row.cohort, site: row.site, line: row.line,
                                                                                      similar: siteLookAlikes.similar(to: row.site))))
            }
            if sessions == nil { violations.append(Violation(.malformedSessions(cohort: row.cohort, text: row.sessions, line: row.line))) }
            let withinTerm = sessions.map { instance.calendar.isPlausible($0) } ?? true
            if !withinTerm {
                violations.append(Violation(.sessionsOutsideTerm(cohort: row.cohort, text: row.sessions, term: instance.calendar.term,
                                                                 line: row.line)))
            }
            if writtenSize == nil {
                violations.append(row.size.isEmpty ? missing("size") : Violation(.malformedSize(cohort: row.cohort, text: row.size, line: row.line)))
            }
            if let programme, let site, let sessions, withinTerm {
                let cohort = PlannedCohort(id: row.cohort, programme: programme, site: site, sessions: sessions, teachers: [])
                resolved.append((cohort, writtenSize))
            }
        }

        var teachersByCohort: [String: [Teacher]] = [:]
        var seenPairs: Set<[String]> = []
        var teacherLookAlikes: LookAlikeIDs?
        var cohortLookAlikes: LookAlikeIDs?
        for row in folder.assignmentRows {
            guard !row.teacher.isEmpty, !row.cohort.isEmpty else {
                let column = row.teacher.isEmpty ? "teacher" : "cohort"
                violations.append(Violation(.missingValue(file: PlanFolder.assignmentsFile, line: row.line, column: column)))
                continue
            }
            guard listedCohorts.contains(row.cohort) else {
                let known = cohortLookAlikes ?? LookAlikeIDs(listedCohorts)
                cohortLookAlikes = known
                violations.append(Violation(.unknownCohort(teacher: row.teacher, cohort: row.cohort, line: row.line,
                                                           similar: known.similar(to: row.cohort))))
                continue
            }
            guard let teacher = teachers[row.teacher] else {
                // Built at the first unknown teacher only: a city has 45,000.
                let known = teacherLookAlikes ?? LookAlikeIDs(instance.teachers.map(\.id))
                teacherLookAlikes = known
                violations.append(Violation(.unknownTeacher(teacher: row.teacher, cohort: row.cohort, line: row.line,
                                                            similar: known.similar(to: row.teacher))))
                continue
            }
            guard seenPairs.insert([row.teacher, row.cohort]).inserted else {
                violations.append(Violation(.duplicateAssignment(teacher: row.teacher, cohort: row.cohort, line: row.line)))
                continue
            }
            if let cohortRow = cohortRows[row.cohort] {
                notes += Self.disagreements(row, cohortRow)
            }
            teachersByCohort[row.cohort, default: []].append(teacher)
        }

        for (var cohort, writtenSize) in resolved {
            cohort.teachers = teachersByCohort[cohort.id] ?? []
            // SPEC H4: a cohort with no teachers is not opened, so it must not be listed.
            guard !cohort.teachers.isEmpty else {
                violations.append(Violation(.emptyCohort(cohort: cohort.id)))
                continue
            }
            if let writtenSize, writtenSize != cohort.teachers.count {
                violations.append(Violation(.sizeMismatch(cohort: cohort.id, written: writtenSize,
                                                          assigned: cohort.teachers.count)))
            }
            cohorts.append(cohort)
        }
    }

    /// Every day of `sessions`; nil beyond two years of days in all.
    private static func days(_ sessions: [DateRange]) -> Set<PlanDate>? {
        let count = sessions.reduce(0) { $0 + $1.last.ordinal - $1.first.ordinal + 1 }
        return count <= 732 ? Set(sessions.flatMap(\.dates)) : nil
    }

    /// The informational columns of an assignment row that say otherwise than its cohort's row (an empty cell
    /// says nothing; malformed cohort dates are a violation of their own). Dates are compared as dates, so "2026-09-12..2026-09-13" and "2026-09-12 .. 2026-09-13" agree.
    private static func disagreements(_ row: PlanFolder.AssignmentRow, _ cohort: PlanFolder.CohortRow) -> [Violation] {
        let cohortValues = ["program": cohort.programme, "site": cohort.site, "sessions": cohort.sessions]
        return PlanFolder.informationalColumns.compactMap { column in
            guard let written = row.written[column]?.trimmingCharacters(in: .whitespaces), !written.isEmpty,
                  let value = cohortValues[column], column != "sessions" || PlanTable.sessions(value) != nil else { return nil }
            guard column == "sessions" else {
                return written == value.trimmingCharacters(in: .whitespaces) ? nil
                    : Violation(.assignmentDisagrees(teacher: row.teacher, cohort: row.cohort, column: column,
                                                     written: written, cohortValue: value, line: row.line))
            }
            // The same days however written (one range or single dates, any order); where they differ, the first
            // range that does, so that a long list cut short in the message still shows the difference.
            let planned = PlanTable.sessions(value) ?? []
            guard let stated = PlanTable.sessions(written) else {
                return Violation(.assignmentDisagrees(teacher: row.teacher, cohort: row.cohort, column: column,
                                                      written: written, cohortValue: value, line: row.line))
            }
            // A typo far outside the term is not expanded day by day (`sessionsOutsideTerm`): ranges compared as written.
            guard let statedDays = Self.days(stated), let plannedDays = Self.days(planned) else {
                return Set(stated) == Set(planned) ? nil
                    : Violation(.assignmentDisagrees(teacher: row.teacher, cohort: row.cohort, column: column,
                                                     written: written, cohortValue: value, line: row.line))
            }
            guard statedDays != plannedDays else { return nil }
            let statedOnly = stated.first { !plannedDays.isSuperset(of: $0.dates) }
            let plannedOnly = planned.first { !statedDays.isSuperset(of: $0.dates) }
            return Violation(.assignmentDisagrees(teacher: row.teacher, cohort: row.cohort, column: column, written: written,
                                                  cohortValue: value, line: row.line,
                                                  firstDifference: [statedOnly?.description ?? "", plannedOnly?.description ?? ""]))
        }
    }
}
