import Foundation
import GRDB

/// Where a solve job is. `interrupted`: the server stopped while it ran (its plan is kept when it wrote one).
enum SolveStatus: String, Sendable, Codable {
    case queued, running, finished, stopped, failed, interrupted

    var isOver: Bool { self != .queued && self != .running }
}

/// What a job runs: a solve of the term, or a what-if comparison of the term and one scenario.
enum JobKind: String, Sendable, Codable {
    case solve, whatif
}

/// A solve job; when it wrote a plan, the plan's id is the solve's id (files under `DataPaths.solve(id)`).
struct SolveRecord: Sendable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "solve"
    var id: Int64?
    var instanceId: Int64
    var requestedBy: String
    var timeLimit: Double
    var status: SolveStatus
    /// summary.json's `status` once a plan was written (`optimal`, `feasible`, …).
    var planStatus: String?
    var incumbent: Double?
    var bound: Double?
    var gap: Double?
    var seconds: Double?
    /// Why a job failed, for the planner.
    var message: String?
    var note: String
    var createdAt: Date
    var finishedAt: Date?
    var kind: JobKind = .solve
    /// The scenario's title, for what-if jobs.
    var scenarioTitle: String?

    var hasPlan: Bool { planStatus != nil }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
