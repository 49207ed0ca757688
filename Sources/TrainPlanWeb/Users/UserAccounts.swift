import Foundation
import Hummingbird
import TrainPlanCore

/// Planners managing users in the app (the API and the users page): every input checked here, in the
/// planner's language, before the repository changes anything.
struct UserAccounts: Sendable {
    let services: WebServices
    let language: Language

    func add(name: String, password: String, role: String, school: String?, by actor: UserRecord) async throws -> UserRecord {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard UserRepository.isValidName(name) else {
            throw invalid("用户名应为 1–64 个字符，不含空格", "the user name must be 1–64 characters without spaces")
        }
        try checkPassword(password)
        guard let role = UserRole(rawValue: role) else {
            throw invalid("角色应为 planner（规划员）或 school（学校）", "the role must be planner or school")
        }
        let school = school.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        switch role {
        case .planner:
            if school != nil { throw invalid("只有学校用户才填学校编号", "a school id is for school users only") }
        case .school:
            guard let school else { throw invalid("学校用户须填写学校编号", "a school user needs a school id") }
            try await checkSchool(school)
        }
        do {
            return try await services.users.add(name: name, password: password, role: role, school: school, by: actor.name)
        } catch let error as UserChangeError {
            throw error.httpError(language)
        }
    }

    /// `session`: the actor's own session token, kept when they change their own password.
    func resetPassword(_ id: Int64, password: String, by actor: UserRecord, session: String?) async throws {
        try checkPassword(password)
        try await mapped { try await services.users.resetPassword(id, password: password, by: actor.name, keeping: session) }
    }

    func setDisabled(_ id: Int64, _ disabled: Bool, by actor: UserRecord) async throws {
        try await mapped { try await services.users.setDisabled(id, disabled, by: actor) }
    }

    func delete(_ id: Int64, by actor: UserRecord) async throws {
        try await mapped { try await services.users.delete(id, by: actor) }
    }

    private func mapped(_ change: () async throws -> Void) async throws {
        do { try await change() } catch let error as UserChangeError { throw error.httpError(language) }
    }

    private func checkPassword(_ password: String) throws {
        guard password.count >= 8 else { throw invalid("密码至少 8 个字符", "the password must have at least 8 characters") }
        guard password.utf8.count <= 72 else { throw invalid("密码最多 72 字节（bcrypt 的上限）", "the password must have at most 72 bytes (bcrypt's limit)") }
    }

    /// A school user's school must be a school of an uploaded term, so its notices can exist.
    private func checkSchool(_ school: String) async throws {
        guard UserRepository.isValidSchoolID(school) else {
            throw invalid("学校编号只能含字母、数字、- 和 _", "a school id has letters, digits, - and _ only")
        }
        for term in try await services.instances.all() {
            if let instance = try? await services.terms.instance(term.id!), instance.schools.contains(where: { $0.id == school }) { return }
        }
        throw invalid("学校编号 \(school) 不在任何已上传学期的学校名单中", "the school id \(school) is not a school of any uploaded term")
    }

    private func invalid(_ chinese: String, _ english: String) -> HTTPError {
        HTTPError(.unprocessableContent, message: language.pick(chinese, english))
    }
}
