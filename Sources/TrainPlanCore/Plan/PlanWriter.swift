import Foundation

/// Writes a plan folder (cohorts.csv, assignments.csv, summary.json) atomically: everything goes to a
/// temporary sibling folder first, which then replaces the destination, so a failed or interrupted run
/// never leaves a half plan nor destroys an existing one.
public struct PlanWriter {
    public let instance: Instance

    public init(instance: Instance) { self.instance = instance }

    public func write(_ result: PlanResult, to directory: String) throws {
        var files = [
            "cohorts.csv": cohortsCSV(result.plan),
            "assignments.csv": assignmentsCSV(result.plan),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let summary = PlanSummary(result: result, inputHash: instance.sourceHash)
        files["summary.json"] = String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
        try Self.replaceDirectory(directory, with: files)
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

    /// Writes `files` into a fresh temporary sibling of `directory`, then swaps it into place.
    public static func replaceDirectory(_ directory: String, with files: [String: String]) throws {
        try replaceDirectory(directory, with: files.mapValues { Data($0.utf8) }, marker: "summary.json")
    }

    /// Throws unless `directory` is absent, empty, or holds `marker`; commands call it before a long solve.
    public static func ensureReplaceable(_ directory: String, marker: String = "summary.json") throws {
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: target.path), !existing.isEmpty,
           !existing.contains(marker) {
            throw PlanWriteError.notAPlanFolder(target.path, marker: marker)
        }
    }

    /// As above for any bytes; a name may hold sub-folders (`calendars/S1.ics`). Only a folder holding
    /// `marker` (written by an earlier run of the same kind) may be replaced: never wipe anything else.
    public static func replaceDirectory(_ directory: String, with files: [String: Data], marker: String) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        try ensureReplaceable(directory, marker: marker)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).writing-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            for name in files.keys.sorted() {
                let file = staging.appendingPathComponent(name)
                try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try files[name]!.write(to: file, options: .atomic)
            }
            let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            let hadOld = fileManager.fileExists(atPath: target.path)
            if hadOld { try fileManager.moveItem(at: target, to: retired) }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if hadOld { try? fileManager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadOld { try? fileManager.removeItem(at: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }
}

public enum PlanWriteError: Error, CustomStringConvertible {
    case notAPlanFolder(String, marker: String)

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        switch self {
        case .notAPlanFolder(let path, let marker):
            language.pick(
                "不会覆盖“\(path)”：该文件夹非空且没有 \(marker)（不是 trainplan 写出的文件夹），请换一个输出文件夹",
                "refusing to replace \"\(path)\": it is not empty and holds no \(marker) (not a folder trainplan wrote)"
            )
        }
    }
}
