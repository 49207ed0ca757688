import Foundation
import GRDB

/// An uploaded term (instance). Its files live under `DataPaths.instance(id)`.
struct InstanceRecord: Sendable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "instance"
    var id: Int64?
    var name: String
    /// The uploaded file's kind: `zip` (an instance folder) or `xlsx` (a workbook).
    var sourceKind: String
    var uploadedBy: String
    var uploadedAt: Date
    /// The solve whose plan is published (确认发布) for this term; schools see only that one.
    var publishedSolveId: Int64?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
