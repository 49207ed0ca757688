import Foundation
import Hummingbird

/// Users through the API (planners): GET/POST /api/users, POST /api/users/{id}/password,
/// POST /api/users/{id}/disable and /enable, DELETE /api/users/{id}.
struct UserController: Sendable {
    let services: WebServices

    struct NewUser: Decodable {
        var name: String
        var password: String
        var role: String
        var school: String?
    }

    struct NewPassword: Decodable {
        var password: String
    }

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("users", use: list)
        api.post("users", use: add)
        api.post("users/:id/password", use: password)
        api.post("users/:id/disable") { request, context in try await setDisabled(true, context) }
        api.post("users/:id/enable") { request, context in try await setDisabled(false, context) }
        api.delete("users/:id", use: delete)
    }

    @Sendable func list(request: Request, context: WebContext) async throws -> UserList {
        UserList(users: try await services.users.all().map(AccountView.init))
    }

    @Sendable func add(request: Request, context: WebContext) async throws -> EditedResponse<AccountView> {
        let body = try await decode(NewUser.self, request, context, example: #"{"name", "password", "role": "planner"|"school", "school"}"#)
        let user = try await UserAccounts(services: services, language: context.language)
            .add(name: body.name, password: body.password, role: body.role, school: body.school, by: context.user!)
        return EditedResponse(status: .created, response: AccountView(user))
    }

    @Sendable func password(request: Request, context: WebContext) async throws -> HTTPResponse.Status {
        let id = try userID(context)
        let body = try await decode(NewPassword.self, request, context, example: #"{"password"}"#)
        try await UserAccounts(services: services, language: context.language).resetPassword(id, password: body.password, by: context.user!, session: context.sessionToken)
        return .noContent
    }

    func setDisabled(_ disabled: Bool, _ context: WebContext) async throws -> HTTPResponse.Status {
        try await UserAccounts(services: services, language: context.language).setDisabled(try userID(context), disabled, by: context.user!)
        return .noContent
    }

    @Sendable func delete(request: Request, context: WebContext) async throws -> HTTPResponse.Status {
        try await UserAccounts(services: services, language: context.language).delete(try userID(context), by: context.user!)
        return .noContent
    }

    private func userID(_ context: WebContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound, message: "no such user") }
        return id
    }

    private func decode<Body: Decodable>(_ type: Body.Type, _ request: Request, _ context: WebContext, example: String) async throws -> Body {
        do {
            return try await request.decode(as: type, context: context)
        } catch {
            throw HTTPError(.unprocessableContent, message: "send JSON: \(example)")
        }
    }
}

struct AccountView: ResponseEncodable, Sendable {
    var id: Int64
    var name: String
    var role: String
    var school: String?
    var disabled: Bool

    init(_ user: UserRecord) {
        id = user.id!
        name = user.name
        role = user.role.rawValue
        school = user.school
        disabled = user.disabled
    }
}

struct UserList: ResponseEncodable, Sendable {
    var users: [AccountView]
}
