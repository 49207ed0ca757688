import Foundation

/// `trainplan user add`: adds a user (or resets one) in a data folder, without a running server.
public enum UserAdministration {
    public enum Problem: Error, CustomStringConvertible {
        case invalid(String)

        public var description: String {
            switch self { case .invalid(let text): text }
        }
    }

    public static func add(name: String, role: UserRole, school: String?, password: String, dataDirectory: String) throws {
        if !UserRepository.isValidName(name) { throw Problem.invalid("user name must be 1–64 characters without spaces: \(name)") }
        if password.count < 8 { throw Problem.invalid("the password must have at least 8 characters") }
        if password.utf8.count > 72 { throw Problem.invalid("the password must have at most 72 bytes (bcrypt's limit)") }
        switch role {
        case .school:
            guard let school, UserRepository.isValidSchoolID(school) else {
                throw Problem.invalid("a school user needs --school ID (letters, digits, - and _)")
            }
        case .planner:
            if school != nil { throw Problem.invalid("--school is for school users only") }
        }
        let paths = DataPaths(root: dataDirectory)
        try paths.createFolders()
        let database = try AppDatabase(path: paths.database)
        try UserRepository(database: database).save(name: name, password: password, role: role, school: school)
        try database.pool.write { db in try AuditRepository.record(db, "cli", "user", "\(name) \(role.rawValue) \(school ?? "")") }
    }
}
