import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest

/// Login, sessions, roles, CSRF and the API's refusal of form bodies.
final class AuthRouteTests: XCTestCase {
    func testLoginSetsAnHttpOnlySameSiteCookieAndWrongPasswordIs401() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"username":"plan","password":"correct horse"}"#)) { response in
                XCTAssertEqual(response.status, .ok)
                let cookie = try XCTUnwrap(response.headers[.setCookie])
                XCTAssertTrue(cookie.hasPrefix("trainplan_session="))
                XCTAssertTrue(cookie.contains("HttpOnly"))
                XCTAssertTrue(cookie.contains("SameSite=Lax"))
                XCTAssertTrue(String(buffer: response.body).contains(#""role":"planner""#))
            }
            try await client.execute(uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"username":"plan","password":"wrong"}"#)) { response in
                XCTAssertEqual(response.status, .unauthorized)
                XCTAssertNil(response.headers[.setCookie])
            }
            let cookie = try await WebFixture.logIn(client, as: "plan")
            try await client.execute(uri: "/api/me", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains(#""name":"plan""#))
            }
        }
    }

    func testRepeatedFailedLoginsAreRateLimitedEvenWithTheRightPassword() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"username":"plan","password":"guess"}"#)) { response in
                    XCTAssertEqual(response.status, .unauthorized)
                }
            }
            try await client.execute(uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"username":"plan","password":"correct horse"}"#)) { response in
                XCTAssertEqual(response.status, .tooManyRequests)
            }
        }
        let audit = try await fixture.services.audit.latest(10).map(\.action)
        XCTAssertEqual(audit.filter { $0 == "login-failed" }.count, 3)
    }

    func testEveryAPIRouteWithoutASessionIs401() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let routes: [(String, HTTPRequest.Method)] = [
                ("/api/me", .get), ("/api/instances", .get), ("/api/instances?name=x", .post), ("/api/instances/1", .get),
                ("/api/instances/1/solves", .post), ("/api/solves/1", .get), ("/api/solves/1/events", .get),
                ("/api/solves/1", .delete), ("/api/plans/1/plan.zip", .get), ("/api/plans/1/workbook.xlsx", .get),
                ("/api/plans/1/publish", .post), ("/api/notices", .get), ("/api/notices/1", .get),
            ]
            for (uri, method) in routes {
                try await client.execute(uri: uri, method: method, headers: [.contentType: "application/json"]) { response in
                    XCTAssertEqual(response.status, .unauthorized, "\(method) \(uri)")
                }
            }
        }
    }

    func testASchoolUserGets403OnPlannerRoutesAndPages() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            var cookie = try await WebFixture.logIn(client, as: "school")
            cookie[.contentType] = "application/json"
            for (uri, method) in [("/api/instances", HTTPRequest.Method.get), ("/api/instances?name=x", .post),
                                  ("/api/instances/1/solves", .post), ("/api/solves/1", .get), ("/api/solves/1", .delete),
                                  ("/api/plans/1/plan.zip", .get), ("/api/plans/1/publish", .post), ("/terms", .get),
                                  ("/audit", .get)] {
                try await client.execute(uri: uri, method: method, headers: cookie) { response in
                    XCTAssertEqual(response.status, .forbidden, "\(method) \(uri)")
                }
            }
            try await client.execute(uri: "/api/notices", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(String(buffer: response.body), #"{"notices":[]}"#)
            }
        }
    }

    func testPagesSendABrowserWithoutSessionToTheLoginPageInEitherLanguage() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/terms", method: .get) { response in
                XCTAssertEqual(response.status, .found)
                XCTAssertEqual(response.headers[.location], "/login")
            }
            try await client.execute(uri: "/login", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("<html lang=\"zh\">"))
                XCTAssertTrue(page.contains("用户名"))
                XCTAssertTrue(response.headers[.setCookie]?.contains("trainplan_csrf=") ?? false)
            }
            try await client.execute(uri: "/login?lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("User name"), page)
                XCTAssertFalse(page.contains("用户名"))
            }
        }
    }

    func testFormPostsWithoutTheCSRFTokenAreRefused() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let token = String(repeating: "a", count: 32)
            // The token in the field but not in the cookie, as another site's form would send it.
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "csrf=\(token)&username=plan&password=correct+horse")) { response in
                XCTAssertEqual(response.status, .forbidden)
            }
            try await client.execute(uri: "/login", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "trainplan_csrf=\(token)"],
                                     body: ByteBuffer(string: "csrf=\(token)&username=plan&password=correct+horse")) { response in
                XCTAssertEqual(response.status, .seeOther)
                XCTAssertEqual(response.headers[.location], "/terms")
            }
            var cookie = try await WebFixture.logIn(client, as: "plan")
            cookie[.contentType] = "application/x-www-form-urlencoded"
            try await client.execute(uri: "/plans/1/publish", method: .post, headers: cookie, body: ByteBuffer(string: "csrf=")) { response in
                XCTAssertEqual(response.status, .forbidden)
            }
            // The API takes no form bodies at all.
            try await client.execute(uri: "/api/instances/1/solves", method: .post, headers: cookie,
                                     body: ByteBuffer(string: "time_limit=5")) { response in
                XCTAssertEqual(response.status, .unsupportedMediaType)
            }
        }
    }

    func testUserAdministrationChecksRoleAndSchool() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-users-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try UserAdministration.add(name: "s", role: .school, school: nil, password: "longenough", dataDirectory: folder.path))
        XCTAssertThrowsError(try UserAdministration.add(name: "s", role: .school, school: "../x", password: "longenough", dataDirectory: folder.path))
        XCTAssertThrowsError(try UserAdministration.add(name: "p", role: .planner, school: nil, password: "short", dataDirectory: folder.path))
        XCTAssertNoThrow(try UserAdministration.add(name: "p", role: .planner, school: nil, password: "longenough", dataDirectory: folder.path))
    }
}
