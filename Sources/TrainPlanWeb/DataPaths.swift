import Foundation

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
    func solverLog(_ id: Int64) -> URL { solve(id).appendingPathComponent("solver.log") }
    /// A what-if job's scenario file, and the folder `trainplan whatif` writes (plans and comparison).
    func scenario(_ id: Int64) -> URL { solve(id).appendingPathComponent("scenario.toml") }
    func whatIf(_ id: Int64) -> URL { solve(id).appendingPathComponent("whatif", isDirectory: true) }
    func comparison(_ id: Int64) -> URL { whatIf(id).appendingPathComponent("comparison.html") }

    func createFolders() throws {
        for folder in [root, uploads, root.appendingPathComponent("instances"), root.appendingPathComponent("solves")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }
}
