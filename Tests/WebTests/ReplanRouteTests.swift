import Foundation
import Hummingbird
import HummingbirdTesting
import TrainPlanCore
@testable import TrainPlanWeb
import XCTest

/// Re-planning a published plan (换人参训): the dropout is found by search, the re-plan runs as a job, its plan
/// passes the checker against the term with the dropout on leave, its changes name who left and who came in,
/// and once published the dropout's school sees what changed for it.
final class ReplanRouteTests: XCTestCase {
    func testADropoutIsReplacedAndTheSchoolSeesItsChange() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let (_, plan) = try await WebFixture.publishedDemo(client, cookie: cookie)

            // Search by name: 吴磊 (T0032) of S01, the school user's school, has a seat in the demo plan.
            let found = try await client.execute(uri: "/api/plans/\(plan)/participants?q=%E5%90%B4%E7%A3%8A", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                return try WebFixture.object(response)["participants"] as? [[String: Any]] ?? []
            }
            let dropout = try XCTUnwrap(found.first { $0["school"] as? String == WebFixture.schoolID }, "吴磊 has a seat: \(found)")
            let teacher = try XCTUnwrap(dropout["teacher"] as? String)
            try await client.execute(uri: "/api/plans/\(plan)/participants?q=\(teacher)", method: .get, headers: cookie) { response in
                XCTAssertTrue(String(buffer: response.body).contains(#""name":"吴磊""#), "search by 工号 finds the same teacher")
            }

            // Bad input: 422 with the reason, nothing queued.
            for (body, reason) in [(#"{"drop":["T9999"],"time_limit":30}"#, "T9999"), (#"{"drop":[],"time_limit":30}"#, "至少"),
                                   (#"{"drop":["\#(teacher)"],"time_limit":0}"#, "时间上限"), (#"{"dropouts":"x"}"#, "drop")] {
                try await client.execute(uri: "/api/plans/\(plan)/replans", method: .post, headers: WebFixture.json(cookie),
                                         body: ByteBuffer(string: body)) { response in
                    XCTAssertEqual(response.status, .unprocessableContent, body)
                    XCTAssertTrue(String(buffer: response.body).contains(reason), String(buffer: response.body))
                }
            }

            let replan = try await client.execute(uri: "/api/plans/\(plan)/replans", method: .post, headers: WebFixture.json(cookie),
                                                  body: ByteBuffer(string: #"{"drop":["\#(teacher)"],"time_limit":60}"#)) { response in
                XCTAssertEqual(response.status, .accepted, String(buffer: response.body))
                return try JSONDecoder().decode(WebFixture.IDBody.self, from: Data(response.body.readableBytesView)).id
            }
            let done = try await WebFixture.waitUntilOver(client, replan, cookie: cookie)
            XCTAssertEqual(done["status"] as? String, "finished", "\(done)")
            XCTAssertEqual(done["kind"] as? String, "replan")
            XCTAssertEqual(done["base_plan"] as? Int, Int(plan))
            let now = ReplanRequest(dropped: [teacher]).applied(to: try WebFixture.demoInstance)
            try await WebFixture.assertPlanPassesChecker(client, plan: replan, cookie: cookie, instance: now)

            let changes = try await client.execute(uri: "/api/replans/\(replan)/changes", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                return try WebFixture.object(response)["changes"] as? [[String: Any]] ?? []
            }
            XCTAssertTrue(changes.contains { $0["teacher"] as? String == teacher && $0["change"] as? String == "withdrawn" }, "\(changes)")
            XCTAssertFalse(changes.contains { $0["teacher"] as? String == teacher && $0["change"] as? String == "added" })
            try await client.execute(uri: "/plans/\(replan)", method: .get, headers: cookie) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("replan-changes") && page.contains(teacher) && page.contains("退出"), page)
            }
            try await client.execute(uri: "/api/plans/\(replan)/publish", method: .post, headers: WebFixture.json(cookie)) { response in
                XCTAssertEqual(response.status, .noContent)
            }

            // The school: its notice now comes from the re-plan, with what changed for it.
            let school = try await WebFixture.logIn(client, as: "school")
            try await client.execute(uri: "/api/notices/\(replan)/changes", method: .get, headers: school) { response in
                XCTAssertEqual(response.status, .ok)
                let own = try WebFixture.object(response)["changes"] as? [[String: Any]] ?? []
                XCTAssertTrue(own.contains { $0["teacher"] as? String == teacher }, "\(own)")
                XCTAssertTrue(own.allSatisfy { $0["school"] as? String == WebFixture.schoolID }, "only the school's own changes: \(own)")
            }
            try await client.execute(uri: "/school", method: .get, headers: school) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("本校变动") && page.contains("吴磊"), page)
            }
            try await client.execute(uri: "/api/notices/\(plan)/changes", method: .get, headers: school) { response in
                XCTAssertEqual(response.status, .notFound, "the old version is no longer published")
            }
        }
        let actions = try await fixture.services.audit.latest(50).map(\.action)
        XCTAssertTrue(actions.contains("replan"))
    }

    func testOnlyThePublishedPlanIsReplanned() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            let plan = try await WebFixture.startSolve(client, instance: term, timeLimit: 120, cookie: cookie)
            _ = try await WebFixture.waitUntilOver(client, plan, cookie: cookie)
            try await client.execute(uri: "/api/plans/\(plan)/replans", method: .post, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"drop":["T0001"],"time_limit":30}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("请先发布"), String(buffer: response.body))
            }
        }
    }
}
