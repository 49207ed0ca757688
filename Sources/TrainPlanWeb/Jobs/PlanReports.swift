import Foundation
import Reports
import TrainPlanCore

/// A plan's report folder (report.html, workbook, notices, calendars) in the reader's language. A solve writes
/// the Chinese one itself; the English one, and both of a re-plan (whose child writes only the plan), are
/// written here on first use with `Reports.ReportWriter`.
actor PlanReports {
    private let paths: DataPaths
    private let terms: TermCache
    /// Folders being written: a second request waits for the first instead of writing the same folder again.
    private var writing: [URL: Task<Void, Error>] = [:]

    init(paths: DataPaths, terms: TermCache) {
        self.paths = paths
        self.terms = terms
    }

    /// The folder, written first when it is missing. The plan must be finished (its files no longer change).
    func folder(_ solve: SolveRecord, language: Language) async throws -> URL {
        let folder = paths.report(solve.id!, language: language)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path) { return folder }
        if let task = writing[folder] {
            try await task.value
            return folder
        }
        let terms = self.terms
        let task = Task {
            let instance = try await terms.instance(solve.instanceId)
            let contents = try await terms.plan(solve)
            try ReportWriter(instance: instance, plan: contents.plan, summary: contents.summary, language: language).write(to: folder.path)
        }
        writing[folder] = task
        defer { writing[folder] = nil }
        try await task.value
        return folder
    }
}
