import Foundation
import Hummingbird

/// GET /school: a school user's published notices, each shown in the page (from the plan's report), and
/// above it what the latest published re-plan changed for the school (本校变动).
struct SchoolPageController: Sendable {
    let services: WebServices
    let pages: PageRenderer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("school") { request, context -> Response in
            let user = context.user!
            var notices: [[String: Any]] = []
            for notice in try await NoticeController.published(services, for: user) {
                var shown: [String: Any] = ["instanceName": notice.instanceName, "isReplan": notice.changesUrl != nil]
                if let url = notice.url { shown["url"] = url }
                // 本校变动: what the latest published version (a re-plan) changed for this school.
                if notice.changesUrl != nil, let school = user.school, let plan = try await services.solves.find(notice.planId) {
                    let changes = try await ReplanChanges.of(plan, services: services).forSchool(school)
                    shown.merge(PlannerPageController.changeTable(changes, context.language)) { _, new in new }
                }
                notices.append(shown)
            }
            return pages.render("school", title: PageText.table(context.language)["notices"]!,
                                values: ["notices": notices, "hasNotices": !notices.isEmpty, "school": user.school ?? ""],
                                request: request, context: context)
        }
    }
}
