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

    /// Adds a user or replaces the password, role and school of an existing one (`trainplan user add`), which is
    /// enabled again: the way back in for a planner whose account was disabled.
    @discardableResult
    func save(name: String, password: String, role: UserRole, school: String?) throws -> UserRecord {
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        return try database.pool.write { db in
            if var user = try UserRecord.filter(Column("name") == name).fetchOne(db) {
                user.passwordHash = hash
                user.role = role
                user.school = school
                user.disabled = false
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
        guard Bcrypt.verify(password, hash: hash), let user, !user.disabled else { return nil }
        return user
    }

    func all() async throws -> [UserRecord] {
        try await database.pool.read { db in try UserRecord.order(Column("name")).fetchAll(db) }
    }

    func find(_ id: Int64) async throws -> UserRecord? {
        try await database.pool.read { db in try UserRecord.fetchOne(db, key: id) }
    }

    /// Adds a new user (a name already taken is refused), with its audit entry.
    func add(name: String, password: String, role: UserRole, school: String?, by actor: String) async throws -> UserRecord {
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        return try await database.pool.write { db in
            if try UserRecord.filter(Column("name") == name).fetchCount(db) > 0 { throw UserChangeError.nameTaken(name) }
            var user = UserRecord(id: nil, name: name, passwordHash: hash, role: role, school: school, createdAt: Date())
            try user.insert(db)
            try AuditRepository.record(db, actor, "user-add", "\(name) \(role.rawValue)\(school.map { " " + $0 } ?? "")")
            return user
        }
    }

    /// A new password; the user's sessions end, except `keeping` (the session of a planner changing their own).
    func resetPassword(_ id: Int64, password: String, by actor: String, keeping token: String?) async throws {
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        let kept = token.map(SessionRepository.hash) ?? ""
        try await database.pool.write { db in
            guard var user = try UserRecord.fetchOne(db, key: id) else { throw UserChangeError.notFound }
            user.passwordHash = hash
            try user.update(db)
            try SessionRecord.filter(Column("userId") == id && Column("tokenHash") != kept).deleteAll(db)
            try AuditRepository.record(db, actor, "user-password", user.name)
        }
    }

    /// Disables (their sessions end) or enables a user. A planner cannot disable themself or the last planner.
    func setDisabled(_ id: Int64, _ disabled: Bool, by actor: UserRecord) async throws {
        try await database.pool.write { db in
            guard var user = try UserRecord.fetchOne(db, key: id) else { throw UserChangeError.notFound }
            if disabled { try Self.checkRemovable(db, user, by: actor) }
            user.disabled = disabled
            try user.update(db)
            if disabled { try SessionRecord.filter(Column("userId") == id).deleteAll(db) }
            try AuditRepository.record(db, actor.name, disabled ? "user-disable" : "user-enable", user.name)
        }
    }

    /// Deletes a user (their sessions go with them). A planner cannot delete themself or the last planner.
    func delete(_ id: Int64, by actor: UserRecord) async throws {
        try await database.pool.write { db in
            guard let user = try UserRecord.fetchOne(db, key: id) else { throw UserChangeError.notFound }
            try Self.checkRemovable(db, user, by: actor)
            try user.delete(db)
            try AuditRepository.record(db, actor.name, "user-delete", user.name)
        }
    }

    /// Checked inside the write, so two planners removing each other at once cannot leave none.
    private static func checkRemovable(_ db: Database, _ user: UserRecord, by actor: UserRecord) throws {
        if user.id == actor.id { throw UserChangeError.isSelf }
        if user.role == .planner, !user.disabled {
            let planners = try UserRecord.filter(Column("role") == UserRole.planner.rawValue && Column("disabled") == false).fetchCount(db)
            if planners <= 1 { throw UserChangeError.lastPlanner }
        }
    }

    /// A valid hash of no one's password, compared against when the name is unknown.
    private static let unknownUserHash = Bcrypt.hash("no such user")
}
