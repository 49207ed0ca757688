import Crypto
import Foundation
import GRDB

/// Login sessions behind the HttpOnly cookie.
struct SessionRepository: Sendable {
    let database: AppDatabase

    /// Starts a session and returns the token for the cookie.
    func open(userId: Int64, seconds: Int) async throws -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        let token = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        let record = SessionRecord(tokenHash: Self.hash(token), userId: userId,
                                   expiresAt: Date().addingTimeInterval(Double(seconds)))
        try await database.pool.write { db in try record.insert(db) }
        return token
    }

    func user(token: String) async throws -> UserRecord? {
        let tokenHash = Self.hash(token)
        return try await database.pool.read { db in
            guard let session = try SessionRecord.fetchOne(db, key: tokenHash), session.expiresAt > Date() else { return nil }
            return try UserRecord.fetchOne(db, key: session.userId).flatMap { $0.disabled ? nil : $0 }
        }
    }

    func close(token: String) async throws {
        let tokenHash = Self.hash(token)
        _ = try await database.pool.write { db in try SessionRecord.deleteOne(db, key: tokenHash) }
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
