import Foundation

/// Writes a plan folder (cohorts.csv, assignments.csv, summary.json) atomically (`OutputFolder`).
public struct PlanWriter {
    public let instance: Instance

    public init(instance: Instance) { self.instance = instance }

    public func write(_ result: PlanResult, to directory: String) throws {
        try OutputFolder(directory, kind: .plan).replace(with: try files(result))
    }

    /// The plan folder's files by name (a what-if run writes them in sub-folders of its own folder).
    public func files(_ result: PlanResult) throws -> [String: Data] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let summary = PlanSummary(result: result, inputHash: instance.sourceHash)
        return [
            "cohorts.csv": Data(cohortsCSV(result.plan).utf8),
            "assignments.csv": Data(assignmentsCSV(result.plan).utf8),
            "summary.json": try encoder.encode(summary) + Data("\n".utf8),
        ]
    }

    func cohortsCSV(_ plan: Plan) -> String {
        let rows = plan.cohorts.map { cohort in
            [
                cohort.id, instance.programmes[cohort.programme].id, instance.sites[cohort.site].id,
                cohort.sessions.map(\.description).joined(separator: ";"), String(cohort.teachers.count),
                instance.programmes[cohort.programme].name, instance.sites[cohort.site].name,
            ]
        }
        return CSVTable.render(header: ["cohort", "program", "site", "sessions", "size", "program_name", "site_name"], rows: rows)
    }

    func assignmentsCSV(_ plan: Plan) -> String {
        var rows: [[String]] = []
        for cohort in plan.cohorts {
            let programme = instance.programmes[cohort.programme].id
            let site = instance.sites[cohort.site].id
            let sessions = cohort.sessions.map(\.description).joined(separator: ";")
            for teacherIndex in cohort.teachers {
                let teacher = instance.teachers[teacherIndex]
                rows.append([teacher.id, cohort.id, teacher.name, teacher.school, programme, site, sessions])
            }
        }
        rows.sort { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }
        return CSVTable.render(header: ["teacher", "cohort", "name", "school", "program", "site", "sessions"], rows: rows)
    }
}
