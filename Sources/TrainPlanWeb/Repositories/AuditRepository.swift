import Foundation
import GRDB

/// The audit log (操作记录).
struct AuditRepository: Sendable {
    let database: AppDatabase

    func record(_ userName: String, _ action: String, _ detail: String) async throws {
        try await database.pool.write { db in try Self.record(db, userName, action, detail) }
    }

    /// Inside another write, so the entry and the change it describes commit together.
    static func record(_ db: Database, _ userName: String, _ action: String, _ detail: String) throws {
        var entry = AuditRecord(id: nil, at: Date(), userName: userName, action: action, detail: detail)
        try entry.insert(db)
    }

    func latest(_ count: Int) async throws -> [AuditRecord] {
        try await database.pool.read { db in try AuditRecord.order(Column("id").desc).limit(count).fetchAll(db) }
    }
}
