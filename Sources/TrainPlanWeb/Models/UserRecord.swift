import Foundation
import GRDB

/// A planner runs everything; a school user reads its own school's published notices.
public enum UserRole: String, Sendable, Codable, CaseIterable {
    case planner, school
}

struct UserRecord: Sendable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"
    var id: Int64?
    var name: String
    var passwordHash: String
    var role: UserRole
    /// The school id a school user is bound to; nil for planners.
    var school: String?
    var createdAt: Date
    /// A disabled user cannot log in; their sessions are closed.
    var disabled: Bool = false

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
