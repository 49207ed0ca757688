import Foundation
import TrainPlanCore

/// Where the server keeps its files. Every path is made from ids the server assigned, never from user input.
struct DataPaths: Sendable {
    let root: URL

    init(root: String) { self.root = URL(fileURLWithPath: root, isDirectory: true) }

    var database: String { root.appendingPathComponent("trainplan.sqlite").path }
    var uploads: URL { root.appendingPathComponent("uploads", isDirectory: true) }

    func instance(_ id: Int64) -> URL { root.appendingPathComponent("instances/\(id)", isDirectory: true) }
    /// The instance folder extracted from an uploaded zip.
    func instanceFolder(_ id: Int64) -> URL { instance(id).appendingPathComponent("instance", isDirectory: true) }
    /// An uploaded workbook, kept as it came (`InstanceSource.workbookKinds`).
    func instanceWorkbook(_ id: Int64, kind: String) -> URL { instance(id).appendingPathComponent("instance.\(kind)") }
    /// What the solver and the scenario jobs read: the term's workbook when it came as one, else its folder.
    func instanceSource(_ id: Int64) -> URL {
        InstanceSource.workbookKinds.map { instanceWorkbook(id, kind: $0) }
            .first { FileManager.default.fileExists(atPath: $0.path) } ?? instanceFolder(id)
    }

    func solve(_ id: Int64) -> URL { root.appendingPathComponent("solves/\(id)", isDirectory: true) }
    func plan(_ id: Int64) -> URL { solve(id).appendingPathComponent("plan", isDirectory: true) }
    func report(_ id: Int64) -> URL { solve(id).appendingPathComponent("report", isDirectory: true) }
    /// A plan's report folder in one language: Chinese where the solve wrote it, English (and a re-plan's
    /// Chinese) written by the server on first use (`PlanReports`).
    func report(_ id: Int64, language: Language) -> URL {
        language == .zh ? report(id) : solve(id).appendingPathComponent("report-\(language.rawValue)", isDirectory: true)
    }
    func solverLog(_ id: Int64) -> URL { solve(id).appendingPathComponent("solver.log") }
    /// A what-if job's scenario file, and the folder `trainplan whatif` writes (plans and comparison).
    func scenario(_ id: Int64) -> URL { solve(id).appendingPathComponent("scenario.toml") }
    func whatIf(_ id: Int64) -> URL { solve(id).appendingPathComponent("whatif", isDirectory: true) }
    /// The comparison page in the reader's language (`whatif --extra-lang en` writes the English one).
    func comparison(_ id: Int64, language: Language = .zh) -> URL {
        whatIf(id).appendingPathComponent(language == .zh ? "comparison.html" : "comparison.\(language.rawValue).html")
    }
    /// The folder `trainplan frontier` writes (frontier.html, frontier.csv and their English twins).
    func frontier(_ id: Int64) -> URL { solve(id).appendingPathComponent("frontier", isDirectory: true) }
    func frontierFile(_ id: Int64, _ kind: String, language: Language) -> URL {
        frontier(id).appendingPathComponent(language == .zh ? "frontier.\(kind)" : "frontier.\(language.rawValue).\(kind)")
    }

    func createFolders() throws {
        for folder in [root, uploads, root.appendingPathComponent("instances"), root.appendingPathComponent("solves")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }
}
