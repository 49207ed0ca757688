import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest

/// The quota frontier as a job: levels checked before anything runs, then `trainplan frontier` writes a page
/// with its charts and a table naming what binds at each level, in Chinese or English.
final class FrontierRouteTests: XCTestCase {
    func testAFrontierShowsEachLevelWithWhatBinds() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            for (body, reason) in [(#"{"program":"XX99","time_limit":10}"#, "XX99"),
                                   (#"{"program":"GP01","from":0,"to":500,"step":1,"time_limit":10}"#, "100"),
                                   (#"{"program":"GP01","from":9,"to":4,"time_limit":10}"#, "from"),
                                   (#"{"program":"GP01","step":0,"time_limit":10}"#, "step"),
                                   (#"{"program":"GP01","time_limit":-1}"#, "时间上限"),
                                   (#"{"levels":"4,8"}"#, "program")] {
                try await client.execute(uri: "/api/instances/\(term)/frontiers", method: .post, headers: WebFixture.json(cookie),
                                         body: ByteBuffer(string: body)) { response in
                    XCTAssertEqual(response.status, .unprocessableContent, body)
                    XCTAssertTrue(String(buffer: response.body).contains(reason), String(buffer: response.body))
                }
            }
            // Level 400 is more than the county's 314 teachers: it cannot be filled, and its row says what binds.
            let id = try await client.execute(uri: "/api/instances/\(term)/frontiers", method: .post, headers: WebFixture.json(cookie),
                                              body: ByteBuffer(string: #"{"program":"GP01","from":4,"to":400,"step":396,"time_limit":20}"#)) { response in
                XCTAssertEqual(response.status, .accepted, String(buffer: response.body))
                return try JSONDecoder().decode(WebFixture.IDBody.self, from: Data(response.body.readableBytesView)).id
            }
            let done = try await WebFixture.waitUntilOver(client, id, cookie: cookie)
            XCTAssertEqual(done["status"] as? String, "finished", "\(done)")
            XCTAssertEqual(done["kind"] as? String, "frontier")
            XCTAssertNil(done["plan"] as? [String: Any], "a frontier publishes no plan")
            let link = try XCTUnwrap(done["frontier_html"] as? String)
            try await client.execute(uri: link, method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("<svg"), "the cost chart")
                XCTAssertTrue(page.contains("起约束的限制"), "the binding-rule column")
                XCTAssertTrue(page.contains("名额已排满"), "a level that is filled says so")
                XCTAssertTrue(page.contains(##"fill="#fdecea"><title>GP01"##), "the short level's band names what binds")
            }
            try await client.execute(uri: link + "?lang=en", method: .get, headers: cookie) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("What binds") && page.contains("Quota frontier"), "the English page")
            }
            let table = try await client.execute(uri: "/api/frontiers/\(id)/frontier.csv", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                return String(buffer: response.body)
            }
            let rows = table.split(separator: "\n")
            XCTAssertEqual(rows.count, 3, "a header and the levels 4 and 400: \(table)")
            XCTAssertTrue(rows[1].hasPrefix("4,") && rows[1].contains("名额已排满"), table)
            XCTAssertTrue(rows[2].hasPrefix("400,") && rows[2].contains("GP01") && rows[2].contains("符合"),
                          "the top level is short and its row says what stops the eligible teachers: \(table)")
            try await client.execute(uri: "/solves/\(id)", method: .get, headers: cookie) { response in
                XCTAssertTrue(String(buffer: response.body).contains("/api/frontiers/\(id)/frontier.html"))
            }
        }
        let actions = try await fixture.services.audit.latest(20).map(\.action)
        XCTAssertTrue(actions.contains("frontier"))
    }
}
