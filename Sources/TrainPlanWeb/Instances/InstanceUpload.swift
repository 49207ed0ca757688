import Foundation
import TrainPlanCore

/// Stores an upload under a server-made name, loads it through `InstanceSource`, and on success files it as a
/// new term; on failure nothing is kept.
struct InstanceUpload: Sendable {
    let services: WebServices

    static func isValidName(_ name: String) -> Bool {
        !name.trimmingCharacters(in: .whitespaces).isEmpty && name.count <= 100 && !name.contains(where: \.isNewline)
    }

    func add(name: String, kind: String, body: Data, by userName: String, language: Language) async throws -> InstanceRecord {
        let staging = services.paths.uploads.appendingPathComponent(UUID().uuidString, isDirectory: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let stored = staging.appendingPathComponent("upload.\(kind)")
        try body.write(to: stored)
        let folder = staging.appendingPathComponent("instance", isDirectory: true)
        let loaded = try InstanceSource.load(storedFile: stored, into: folder, language: language)
        try InstanceSummary(loaded).write(to: staging)
        let paths = services.paths
        return try await services.instances.add(name: name, sourceKind: kind, by: userName) { id in
            let destination = paths.instance(id)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.moveItem(at: staging, to: destination)
        }
    }
}
