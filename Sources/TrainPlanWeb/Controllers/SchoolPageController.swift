import Foundation
import Hummingbird

/// GET /school: a school user's published notices, each shown in the page (from the plan's report).
struct SchoolPageController: Sendable {
    let services: WebServices
    let pages: PageRenderer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("school") { request, context -> Response in
            let user = context.user!
            let notices: [[String: Any]] = try await NoticeController.published(services, for: user).map {
                ["instanceName": $0.instanceName, "url": $0.url]
            }
            return pages.render("school", title: PageText.table(context.language)["notices"]!,
                                values: ["notices": notices, "hasNotices": !notices.isEmpty, "school": user.school ?? ""],
                                request: request, context: context)
        }
    }
}
