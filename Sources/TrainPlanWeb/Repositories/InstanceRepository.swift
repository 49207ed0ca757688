import Foundation
import GRDB

/// Uploaded terms and which plan of each is published.
struct InstanceRepository: Sendable {
    let database: AppDatabase

    func all() async throws -> [InstanceRecord] {
        try await database.pool.read { db in try InstanceRecord.order(Column("id").desc).fetchAll(db) }
    }

    func find(_ id: Int64) async throws -> InstanceRecord? {
        try await database.pool.read { db in try InstanceRecord.fetchOne(db, key: id) }
    }

    /// Inserts the row and its audit entry; `placeFiles` moves the files in before the transaction commits, so a
    /// row never exists without its folder.
    func add(name: String, sourceKind: String, by userName: String,
             placeFiles: @Sendable (Int64) throws -> Void) async throws -> InstanceRecord {
        try await database.pool.write { db in
            var record = InstanceRecord(id: nil, name: name, sourceKind: sourceKind, uploadedBy: userName,
                                        uploadedAt: Date(), publishedSolveId: nil)
            try record.insert(db)
            try placeFiles(record.id!)
            try AuditRepository.record(db, userName, "upload", "instance \(record.id!) \(name)")
            return record
        }
    }

    /// Publishes one plan of a term (replacing the one published before).
    func publish(instanceId: Int64, solveId: Int64, by userName: String) async throws {
        try await database.pool.write { db in
            guard var record = try InstanceRecord.fetchOne(db, key: instanceId) else { return }
            record.publishedSolveId = solveId
            try record.update(db)
            try AuditRepository.record(db, userName, "publish", "instance \(instanceId) plan \(solveId)")
        }
    }

    /// Terms with a published plan, newest first.
    func published() async throws -> [InstanceRecord] {
        try await database.pool.read { db in
            try InstanceRecord.filter(Column("publishedSolveId") != nil).order(Column("id").desc).fetchAll(db)
        }
    }
}
