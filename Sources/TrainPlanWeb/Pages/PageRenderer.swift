import Foundation
import Hummingbird
import Mustache
import TrainPlanCore

/// Renders the mustache templates (Templates/, shipped as resources) into HTML responses. Every page gets the
/// texts `t`, the language, the user, the CSRF token for its forms and the link to the other language.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw HTTPError(.internalServerError, message: "the page templates are missing from the build")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: folder.path))
    }

    func render(_ template: String, title: String, values: [String: Any], request: Request, context: WebContext,
                status: HTTPResponse.Status = .ok) -> Response {
        let csrf = CSRFToken.current(request)
        let language = context.language
        var page = values
        page["t"] = PageText.table(language)
        page["lang"] = language.rawValue
        page["otherLang"] = language == .zh ? "en" : "zh"
        page["otherLangName"] = language == .zh ? "English" : "中文"
        page["title"] = title
        page["csrf"] = csrf.token
        if let user = context.user {
            var shown: [String: Any] = ["name": user.name, "isPlanner": user.role == .planner]
            if let school = user.school { shown["school"] = school }
            page["user"] = shown
        }
        let html = library.render(page, withTemplate: template) ?? "template \(template) is missing"
        var response = htmlResponse(Data(html.utf8), status: status)
        if csrf.isNew { response.setCookie(CSRFToken.cookie(csrf.token)) }
        return response
    }

    /// A form the server refused (422 and the like): the errors page with the reason and a way back.
    func refusal(_ error: HTTPError, back: String, request: Request, context: WebContext) -> Response {
        let row: [String: Any] = ["file": "", "row": "", "column": "", "message": error.body ?? "\(error.status)"]
        return render("errors", title: PageText.table(context.language)["refused"]!, values: ["errors": [row], "back": back],
                      request: request, context: context, status: error.status)
    }
}
