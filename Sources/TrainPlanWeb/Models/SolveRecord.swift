import Foundation
import GRDB

/// Where a solve job is. `interrupted`: the server stopped while it ran (its plan is kept when it wrote one).
enum SolveStatus: String, Sendable, Codable {
    case queued, running, finished, stopped, failed, interrupted

    var isOver: Bool { self != .queued && self != .running }
}

/// What a job runs: a solve of the term, a what-if comparison of the term and one scenario, a re-plan of a
/// published plan after dropouts (换人参训; it writes a plan of its own), or one programme's quota frontier.
enum JobKind: String, Sendable, Codable {
    case solve, whatif, replan, frontier

    /// Jobs whose child writes a plan folder (and so a plan that can be published).
    var writesPlan: Bool { self == .solve || self == .replan }
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
    /// The scenario's title, for what-if jobs; the programme, for frontier jobs.
    var scenarioTitle: String?
    /// A re-plan's published plan (the version it changes).
    var basePlanId: Int64?
    /// A re-plan's dropped teacher ids (comma-separated); a frontier's levels (`FrontierLevels` as JSON).
    var parameters: String?

    var hasPlan: Bool { planStatus != nil }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
