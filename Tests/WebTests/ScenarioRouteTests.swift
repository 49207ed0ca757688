import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest

/// What-if jobs: a scenario from the form's fields is checked against the term (422 naming the key), solved
/// beside the base by `trainplan whatif`, and its comparison served.
final class ScenarioRouteTests: XCTestCase {
    func testAScenarioFromTheFormIsComparedWithTheBase() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            var cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            cookie[.contentType] = "application/json"
            try await client.execute(uri: "/api/instances/\(term)/scenarios", method: .post, headers: cookie,
                                     body: ByteBuffer(string: #"{"title":"坏","time_limit":30,"program":"XX99","quota_min":"8"}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                let text = String(buffer: response.body)
                XCTAssertTrue(text.contains(#""file":"scenario.toml""#), text)
                XCTAssertTrue(text.contains("XX99"), text)
            }
            let id = try await client.execute(uri: "/api/instances/\(term)/scenarios", method: .post, headers: cookie,
                                              body: ByteBuffer(string: #"{"title":"国培 10 人","time_limit":30,"program":"GP01","quota_min":"10","quota_max":"10"}"#)) { response in
                XCTAssertEqual(response.status, .accepted, String(buffer: response.body))
                return try JSONDecoder().decode(WebFixture.IDBody.self, from: Data(response.body.readableBytesView)).id
            }
            let done = try await WebFixture.waitFor(client, id, cookie: cookie) {
                ($0["status"] as? String).map { $0 != "queued" && $0 != "running" } == true
            }
            XCTAssertEqual(done["status"] as? String, "finished", "\(done)")
            XCTAssertEqual(done["kind"] as? String, "whatif")
            XCTAssertNil(done["plan"] as? [String: Any], "a what-if job publishes no plan of its own")
            let link = try XCTUnwrap(done["comparison_html"] as? String)
            try await client.execute(uri: link, method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("国培 10 人"), "the scenario's title in the comparison")
                XCTAssertTrue(page.contains("GP01"))
            }
            try await client.execute(uri: "/solves/\(id)", method: .get, headers: cookie) { response in
                XCTAssertTrue(String(buffer: response.body).contains("/api/scenarios/\(id)/comparison.html"))
            }
        }
        let actions = try await fixture.services.audit.latest(20).map(\.action)
        XCTAssertTrue(actions.contains("whatif"))
    }

    func testFormFieldsCannotAddKeysToTheScenarioFile() {
        let draft = ScenarioDraft(title: "x\"\nclosed = true", program: "GP01\"]\n[sites.C01", quotaMin: "all", quotaMax: nil,
                                  closeSite: nil, blockDates: nil, leave: "T1, T2、T3")
        XCTAssertEqual(draft.toml, """
            title = "x\\"\\u000Aclosed = true"
            [programs."GP01\\"]\\u000A[sites.C01"]
            quota_min = "all"
            [teachers."T1"]
            leave = true
            [teachers."T2"]
            leave = true
            [teachers."T3"]
            leave = true

            """)
    }
}
