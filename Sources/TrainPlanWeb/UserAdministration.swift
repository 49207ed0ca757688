import Foundation
import TrainPlanCore

/// `trainplan user add`: adds a user (or resets one) in a data folder, without a running server.
public enum UserAdministration {
    /// Why a user was not saved, in the planner's language (`message`).
    public enum Problem: Error, CustomStringConvertible {
        case badName(String), shortPassword, longPassword, schoolNeeded, schoolForPlannerOnly
        /// The data folder cannot hold the database: a regular file, no permission, a damaged database.
        case unusableData(folder: String, reason: DataFolderReason)
        /// The database took the folder but not the user (another program writing to it: "database is locked").
        case notSaved(reason: String)

        public func message(_ language: Language) -> String {
            switch self {
            case .badName(let name):
                language.pick("用户名须为 1–64 个字符且不含空格：“\(Echo.value(name))”", "user name must be 1–64 characters without spaces: \"\(Echo.value(name))\"")
            case .shortPassword: language.pick("密码至少 8 个字符", "the password must have at least 8 characters")
            case .longPassword: language.pick("密码最多 72 字节（bcrypt 的上限）", "the password must have at most 72 bytes (bcrypt's limit)")
            case .schoolNeeded:
                language.pick("school 角色须用 --school 给出学校编号（字母、数字、- 和 _）", "a school user needs --school ID (letters, digits, - and _)")
            case .schoolForPlannerOnly: language.pick("--school 只用于 school 角色", "--school is for school users only")
            case .notSaved(let reason):
                language.pick("用户未能保存（数据库：\(Echo.value(reason))）：请确认没有其他程序正在写入该数据文件夹",
                              "the user was not saved (database: \(Echo.value(reason))): make sure no other program is writing to the data folder")
            case .unusableData(let folder, let reason):
                language.pick("数据文件夹“\(Echo.value(folder))”无法使用（\(reason.message(language))）：请给出 serve 所用的数据文件夹",
                              "the data folder \"\(Echo.value(folder))\" cannot be used (\(reason.message(language))): give the data folder of `serve`")
            }
        }

        public var description: String { message(.en) }
    }

    public static func add(name: String, role: UserRole, school: String?, password: String, dataDirectory: String) throws(Problem) {
        if !UserRepository.isValidName(name) { throw .badName(name) }
        if password.count < 8 { throw .shortPassword }
        if password.utf8.count > 72 { throw .longPassword }
        switch role {
        case .school:
            guard let school, UserRepository.isValidSchoolID(school) else { throw .schoolNeeded }
        case .planner:
            if school != nil { throw .schoolForPlannerOnly }
        }
        let database: AppDatabase
        do {
            let paths = DataPaths(root: dataDirectory)
            try paths.createFolders()
            database = try AppDatabase(path: paths.database)
        } catch {
            throw .unusableData(folder: dataDirectory, reason: DataFolderReason(dataDirectory, error))
        }
        do {
            try UserRepository(database: database).save(name: name, password: password, role: role, school: school)
            try database.pool.write { db in try AuditRepository.record(db, "cli", "user", "\(name) \(role.rawValue) \(school ?? "")") }
        } catch {
            throw .notSaved(reason: String(String(describing: error).prefix(200)))
        }
    }

    /// Why a data folder could not hold the database: the two a planner can fix named, else the library's
    /// own sentence (SQLite's for a damaged database).
    public enum DataFolderReason: Sendable {
        /// The folder, or a parent of it, is a regular file.
        case aFile
        case notWritable
        case other(String)

        /// Looks at the folder or, when it does not exist, its nearest existing parent (`--data a.txt/data`).
        init(_ folder: String, _ error: any Error) {
            let files = FileManager.default
            var existing = URL(fileURLWithPath: folder).standardizedFileURL
            while !files.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
                existing.deleteLastPathComponent()
            }
            var isDirectory: ObjCBool = false
            if files.fileExists(atPath: existing.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                self = .aFile
            } else if !files.isWritableFile(atPath: existing.path) {
                self = .notWritable
            } else {
                self = .other(String(String(describing: error).prefix(200)))
            }
        }

        func message(_ language: Language) -> String {
            switch self {
            case .aFile: language.pick("它或它的上级是一个文件，不是文件夹", "it or a parent of it is a file, not a folder")
            case .notWritable: language.pick("没有写入权限", "no permission to write in it")
            case .other(let text): Echo.value(text)
            }
        }
    }
}
