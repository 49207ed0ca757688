import Foundation
import GRDB

/// Solve jobs and the plans they wrote.
struct SolveRepository: Sendable {
    let database: AppDatabase

    func find(_ id: Int64) async throws -> SolveRecord? {
        try await database.pool.read { db in try SolveRecord.fetchOne(db, key: id) }
    }

    func of(instance id: Int64) async throws -> [SolveRecord] {
        try await database.pool.read { db in
            try SolveRecord.filter(Column("instanceId") == id).order(Column("id").desc).fetchAll(db)
        }
    }

    /// Adds a job; `prepare` writes its input files (a scenario) before the transaction commits.
    func add(instanceId: Int64, timeLimit: Double, by userName: String, kind: JobKind = .solve, scenarioTitle: String? = nil,
             basePlanId: Int64? = nil, parameters: String? = nil,
             prepare: @Sendable (Int64) throws -> Void = { _ in }) async throws -> SolveRecord {
        try await database.pool.write { db in
            var record = SolveRecord(id: nil, instanceId: instanceId, requestedBy: userName, timeLimit: timeLimit,
                                     status: .queued, planStatus: nil, incumbent: nil, bound: nil, gap: nil,
                                     seconds: nil, message: nil, note: "", createdAt: Date(), finishedAt: nil,
                                     kind: kind, scenarioTitle: scenarioTitle, basePlanId: basePlanId, parameters: parameters)
            try record.insert(db)
            try prepare(record.id!)
            var detail = "instance \(instanceId) job \(record.id!) time limit \(timeLimit) s"
            switch kind {
            case .solve: break
            case .whatif: detail += " scenario \(scenarioTitle ?? "")"
            case .replan: detail += " plan \(basePlanId.map(String.init) ?? "") drop \(parameters ?? "")"
            case .frontier: detail += " programme \(scenarioTitle ?? "") levels \(parameters ?? "")"
            }
            try AuditRepository.record(db, userName, kind.rawValue, detail)
            return record
        }
    }

    /// Sets a plan's (or a what-if job's) note, with its audit entry.
    func setNote(_ id: Int64, note: String, by userName: String) async throws {
        try await database.pool.write { db in
            guard var record = try SolveRecord.fetchOne(db, key: id) else { return }
            record.note = note
            try record.update(db)
            try AuditRepository.record(db, userName, "note", "job \(id): \(note.prefix(80))")
        }
    }

    func update(_ id: Int64, _ change: @Sendable (inout SolveRecord) -> Void) async throws {
        try await database.pool.write { db in
            guard var record = try SolveRecord.fetchOne(db, key: id) else { return }
            change(&record)
            try record.update(db)
        }
    }

    func withStatus(_ statuses: [SolveStatus]) async throws -> [SolveRecord] {
        try await database.pool.read { db in
            try SolveRecord.filter(statuses.map(\.rawValue).contains(Column("status"))).order(Column("id")).fetchAll(db)
        }
    }
}
