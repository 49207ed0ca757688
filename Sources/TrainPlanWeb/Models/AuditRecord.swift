import Foundation
import GRDB

/// Who did what and when: uploads, solves, stops, publications, logins, user changes.
struct AuditRecord: Sendable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit"
    var id: Int64?
    var at: Date
    var userName: String
    var action: String
    var detail: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
