import Foundation
import GRDB
import HummingbirdBcrypt

/// Users and their bcrypt password hashes.
struct UserRepository: Sendable {
    let database: AppDatabase
    /// bcrypt's work factor; tests lower it to keep them quick.
    var bcryptCost: UInt8 = 12

    /// School ids become file names of notices, so they are held to plain characters.
    static func isValidSchoolID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && !name.contains(where: { $0.isWhitespace || $0.isNewline })
    }

    /// Adds a user or replaces the password, role and school of an existing one.
    @discardableResult
    func save(name: String, password: String, role: UserRole, school: String?) throws -> UserRecord {
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        return try database.pool.write { db in
            if var user = try UserRecord.filter(Column("name") == name).fetchOne(db) {
                user.passwordHash = hash
                user.role = role
                user.school = school
                try user.update(db)
                try SessionRecord.filter(Column("userId") == user.id).deleteAll(db)
                return user
            }
            var user = UserRecord(id: nil, name: name, passwordHash: hash, role: role, school: school, createdAt: Date())
            try user.insert(db)
            return user
        }
    }

    /// The user when name and password match; nil otherwise (bcrypt runs even for an unknown name, so timing
    /// does not tell which names exist).
    func authenticate(name: String, password: String) async throws -> UserRecord? {
        let user = try await database.pool.read { db in try UserRecord.filter(Column("name") == name).fetchOne(db) }
        let hash = user?.passwordHash ?? Self.unknownUserHash
        guard Bcrypt.verify(password, hash: hash), let user else { return nil }
        return user
    }

    func all() async throws -> [UserRecord] {
        try await database.pool.read { db in try UserRecord.order(Column("name")).fetchAll(db) }
    }

    /// A valid hash of no one's password, compared against when the name is unknown.
    private static let unknownUserHash = Bcrypt.hash("no such user")
}
