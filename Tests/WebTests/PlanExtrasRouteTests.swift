import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest
import ZIPFoundation

/// A plan's note, its calendars as a zip, and the reports and comparison in the reader's language.
final class PlanExtrasRouteTests: XCTestCase {
    func testNotesCalendarsAndEnglishReports() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let (_, plan) = try await WebFixture.publishedDemo(client, cookie: cookie)
            try await WebFixture.assertPlanPassesChecker(client, plan: plan, cookie: cookie, instance: try WebFixture.demoInstance)

            try await client.execute(uri: "/api/plans/\(plan)/note", method: .put, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"note":"县局已同意 <b>11 月</b>方案"}"#)) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/api/plans/\(plan)/note", method: .put, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"note":"\#(String(repeating: "长", count: 2001))"}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("2000"))
            }
            try await client.execute(uri: "/plans/\(plan)", method: .get, headers: cookie) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("县局已同意 &lt;b&gt;11 月&lt;/b&gt;方案"), "the note, escaped: \(page)")
                XCTAssertTrue(page.contains("/api/plans/\(plan)/calendars.zip"))
            }

            let zip = try await client.execute(uri: "/api/plans/\(plan)/calendars.zip", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "application/zip")
                return Data(response.body.readableBytesView)
            }
            let folder = try WebFixture.unzip(zip)
            defer { try? FileManager.default.removeItem(at: folder) }
            // S03 has the most teachers in the demo plan, S01 only an online seat.
            let school = try String(contentsOf: folder.appendingPathComponent("S03.ics"), encoding: .utf8)
            XCTAssertTrue(school.hasPrefix("BEGIN:VCALENDAR") && school.contains("BEGIN:VEVENT"), school)
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(WebFixture.schoolID).ics").path))
            let teachers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("teachers").path)
            XCTAssertFalse(teachers.isEmpty, "one calendar per trained teacher")

            // English: the report, the workbook and the school's notice follow the language cookie.
            try await client.execute(uri: "/plans/\(plan)/report.html?lang=en", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains(#"lang="en""#), String(page.prefix(300)))
            }
            try await client.execute(uri: "/plans/\(plan)/report.html", method: .get, headers: cookie) { response in
                XCTAssertTrue(String(buffer: response.body).contains(#"lang="zh"#), "Chinese by default")
            }
            let schoolUser = try await WebFixture.logIn(client, as: "school")
            var english = schoolUser
            english[.cookie] = (schoolUser[.cookie] ?? "") + "; trainplan_lang=en"
            try await client.execute(uri: "/api/notices/\(plan)", method: .get, headers: english) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains(#"lang="en""#))
            }
        }
        let actions = try await fixture.services.audit.latest(20).map(\.action)
        XCTAssertTrue(actions.contains("note"))
    }

    func testAWhatIfCarriesItsNoteAndIsComparedInEnglish() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            try await client.execute(uri: "/api/instances/\(term)/scenarios", method: .post, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"title":"x","time_limit":20,"window":"2026-11-01..2026-11-30"}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent, "a window needs its programme")
                XCTAssertTrue(String(buffer: response.body).contains(#""column":"program""#), String(buffer: response.body))
            }
            try await client.execute(uri: "/api/instances/\(term)/scenarios", method: .post, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"title":"x","time_limit":20,"weights":{"km":"far"}}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("weights.km"), String(buffer: response.body))
            }
            let body = #"{"title":"寒假班改周末","time_limit":20,"program":"HJ01","day_types":["weekend"],"window":"2026-11-01..2027-01-17","weights":{"km":"2"}}"#
            let id = try await client.execute(uri: "/api/instances/\(term)/scenarios", method: .post, headers: WebFixture.json(cookie),
                                              body: ByteBuffer(string: body)) { response in
                XCTAssertEqual(response.status, .accepted, String(buffer: response.body))
                return try JSONDecoder().decode(WebFixture.IDBody.self, from: Data(response.body.readableBytesView)).id
            }
            let scenario = try String(contentsOf: fixture.services.paths.scenario(id), encoding: .utf8)
            XCTAssertTrue(scenario.contains(#"day_types = ["weekend"]"#) && scenario.contains("km = 2"), scenario)
            let done = try await WebFixture.waitUntilOver(client, id, cookie: cookie)
            XCTAssertEqual(done["status"] as? String, "finished", "\(done)")
            try await client.execute(uri: "/api/plans/\(id)/note", method: .put, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"note":"只作比较，不发布"}"#)) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/solves/\(id)", method: .get, headers: cookie) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("comparison-note") && page.contains("只作比较，不发布"), "the note beside the comparison")
            }
            try await client.execute(uri: "/api/scenarios/\(id)/comparison.html?lang=en", method: .get, headers: cookie) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains(#"lang="en""#) && page.contains("寒假班改周末"), String(page.prefix(400)))
            }
            try await client.execute(uri: "/api/scenarios/\(id)/comparison.html?lang=zh", method: .get, headers: cookie) { response in
                XCTAssertTrue(String(buffer: response.body).contains(#"lang="zh-CN""#))
            }
        }
    }

    func testTheWhatIfFormWritesWindowDayTypesAndWeights() {
        let draft = ScenarioDraft(title: "t", program: "HJ01", quotaMin: nil, quotaMax: nil, window: "2026-11-01..2026-11-30、2026-12-05",
                                  dayTypes: ["weekend", "holiday"], weights: ["km": "1.5", "shortfall": "1e5", "priority": "", "concentration": "x\"\n"],
                                  closeSite: nil, blockDates: nil, leave: nil)
        XCTAssertEqual(draft.toml, """
            title = "t"
            [programs."HJ01"]
            window = ["2026-11-01..2026-11-30", "2026-12-05"]
            day_types = ["weekend", "holiday"]
            [weights]
            shortfall = 100000
            concentration = "x\\"\\u000A"
            km = 1.5

            """)
    }
}
