import Foundation
import Hummingbird
import HummingbirdTesting
import TrainPlanCore
@testable import TrainPlanWeb
import XCTest

/// The planners' new forms (note, re-plan, frontier): each needs its CSRF token, saves or starts what it says,
/// and a refused input answers 422 with the errors page naming the reason.
final class PlanFormTests: XCTestCase {
    func testTheNoteReplanAndFrontierForms() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let (term, plan) = try await WebFixture.publishedDemo(client, cookie: cookie)
            let token = try await client.execute(uri: "/plans/\(plan)", method: .get, headers: cookie) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("replan-section") && page.contains("note-form"), "a published plan offers the re-plan")
                let cookie = try XCTUnwrap(response.headers[values: .setCookie].first { $0.hasPrefix("trainplan_csrf=") })
                return String(cookie.split(separator: ";")[0].dropFirst("trainplan_csrf=".count))
            }
            var form = cookie
            form[.contentType] = "application/x-www-form-urlencoded"
            form[.cookie] = (cookie[.cookie] ?? "") + "; trainplan_csrf=\(token)"
            let post = { (uri: String, body: String) async throws -> (HTTPResponse.Status, String, String?) in
                try await client.execute(uri: uri, method: .post, headers: form, body: ByteBuffer(string: body)) {
                    ($0.status, String(buffer: $0.body), $0.headers[.location])
                }
            }

            var (status, page, location) = try await post("/plans/\(plan)/note", "note=%E5%B7%B2%E4%B8%8A%E6%8A%A5")
            XCTAssertEqual(status, .forbidden, "no token in the form")
            (status, page, location) = try await post("/plans/\(plan)/note", "csrf=\(token)&note=%E5%B7%B2%E4%B8%8A%E6%8A%A5")
            XCTAssertEqual(status, .seeOther)
            XCTAssertEqual(location, "/plans/\(plan)")
            let saved = try await fixture.services.solves.find(plan)?.note
            XCTAssertEqual(saved, "已上报")

            (status, page, _) = try await post("/plans/\(plan)/replan", "csrf=\(token)&drop=T9999&time_limit=30")
            XCTAssertEqual(status, .unprocessableContent)
            XCTAssertTrue(page.contains("T9999") && page.contains("errors-table"), page)
            (status, _, location) = try await post("/plans/\(plan)/replan", "csrf=\(token)&drop=T0032&time_limit=30")
            XCTAssertEqual(status, .seeOther)
            let replan = try XCTUnwrap(location.flatMap { Int64($0.split(separator: "/").last ?? "") }, "\(String(describing: location))")

            (status, page, _) = try await post("/terms/\(term)/frontier", "csrf=\(token)&program=GP01&from=abc&time_limit=10")
            XCTAssertEqual(status, .unprocessableContent)
            XCTAssertTrue(page.contains("abc"), page)
            (status, _, location) = try await post("/terms/\(term)/frontier", "csrf=\(token)&program=GP01&from=4&to=8&step=4&time_limit=5")
            XCTAssertEqual(status, .seeOther)
            XCTAssertTrue(location?.hasPrefix("/solves/") == true)

            let done = try await WebFixture.waitUntilOver(client, replan, cookie: cookie)
            XCTAssertEqual(done["status"] as? String, "finished", "\(done)")
            try await WebFixture.assertPlanPassesChecker(client, plan: replan, cookie: cookie,
                                                         instance: ReplanRequest(dropped: ["T0032"]).applied(to: try WebFixture.demoInstance))
            // Both jobs are over before the fixture's folder goes.
            if let frontier = location.flatMap({ Int64($0.split(separator: "/").last ?? "") }) {
                let over = try await WebFixture.waitUntilOver(client, frontier, cookie: cookie)
                XCTAssertEqual(over["status"] as? String, "finished", "\(over)")
            }
        }
    }
}
