import Foundation
import GRDB

/// A login. Only the SHA-256 of the cookie's token is stored, so a copy of the database opens no session.
struct SessionRecord: Sendable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
    var tokenHash: String
    var userId: Int64
    var expiresAt: Date
}
