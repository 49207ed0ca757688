import Foundation
import Hummingbird
import TrainPlanCore

/// The planners' users page (GET /users) and its forms: add, reset a password, disable or enable, delete.
struct UserPageController: Sendable {
    let services: WebServices
    let pages: PageRenderer

    struct AddForm: Decodable, CSRFCarrying {
        var csrf: String?
        var name: String
        var password: String
        var role: String
        var school: String?
    }

    struct PasswordForm: Decodable, CSRFCarrying {
        var csrf: String?
        var password: String
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("users", use: list)
        group.post("users") { request, context in
            let form = try await request.decodeForm(as: AddForm.self, context: context)
            return try await change(request, context) { accounts, actor in
                _ = try await accounts.add(name: form.name, password: form.password, role: form.role, school: form.school, by: actor)
            }
        }
        group.post("users/:id/password") { request, context in
            let form = try await request.decodeForm(as: PasswordForm.self, context: context)
            return try await change(request, context) { accounts, actor in
                try await accounts.resetPassword(try userID(context), password: form.password, by: actor, session: context.sessionToken)
            }
        }
        for (action, disabled) in [("disable", true), ("enable", false)] {
            group.post("users/:id/\(action)") { request, context in
                _ = try await request.decodeForm(as: PlainForm.self, context: context)
                return try await change(request, context) { accounts, actor in
                    try await accounts.setDisabled(try userID(context), disabled, by: actor)
                }
            }
        }
        group.post("users/:id/delete") { request, context in
            _ = try await request.decodeForm(as: PlainForm.self, context: context)
            return try await change(request, context) { accounts, actor in try await accounts.delete(try userID(context), by: actor) }
        }
    }

    @Sendable func list(request: Request, context: WebContext) async throws -> Response {
        let t = PageText.table(context.language)
        let me = context.user!
        let users: [[String: Any]] = try await services.users.all().map { user in
            ["id": user.id!, "name": user.name, "roleText": t["role_\(user.role.rawValue)"] ?? user.role.rawValue,
             "school": user.school ?? "", "disabled": user.disabled, "isSelf": user.id == me.id]
        }
        return pages.render("users", title: t["users"]!, values: ["users": users, "schools": try await schools()],
                            request: request, context: context)
    }

    /// Every school of the uploaded terms, for the add form's suggestions.
    private func schools() async throws -> [[String: String]] {
        var seen: [String: String] = [:]
        for term in try await services.instances.all() {
            guard let instance = try? await services.terms.instance(term.id!) else { continue }
            for school in instance.schools where seen[school.id] == nil { seen[school.id] = school.name }
        }
        return seen.keys.sorted().map { ["id": $0, "name": seen[$0]!] }
    }

    private func change(_ request: Request, _ context: WebContext,
                        _ apply: (UserAccounts, UserRecord) async throws -> Void) async throws -> Response {
        do {
            try await apply(UserAccounts(services: services, language: context.language), context.user!)
            return .redirect(to: "/users")
        } catch let error as HTTPError where error.status == .unprocessableContent {
            return pages.refusal(error, back: "/users", request: request, context: context)
        }
    }

    private func userID(_ context: WebContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound, message: "no such user") }
        return id
    }
}
