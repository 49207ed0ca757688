import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest

/// Planners manage users in the app: add (a school user's school checked against the terms), reset a password,
/// disable, delete; never themselves nor the last planner. Every change is audited.
final class UserRouteTests: XCTestCase {
    private static func id(of name: String, _ client: some TestClientProtocol, _ cookie: HTTPFields) async throws -> Int64 {
        let users = try await client.execute(uri: "/api/users", method: .get, headers: cookie) { response in
            XCTAssertEqual(response.status, .ok)
            return try WebFixture.object(response)["users"] as? [[String: Any]] ?? []
        }
        return Int64(try XCTUnwrap(users.first { $0["name"] as? String == name }?["id"] as? Int, "\(name) in \(users)"))
    }

    func testAPlannerAddsResetsDisablesAndDeletesUsers() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let add = { (body: String) async throws -> (HTTPResponse.Status, String) in
                try await client.execute(uri: "/api/users", method: .post, headers: WebFixture.json(cookie), body: ByteBuffer(string: body)) {
                    ($0.status, String(buffer: $0.body))
                }
            }
            // No term yet: no school id is known.
            var (status, text) = try await add(#"{"name":"s02","password":"long enough","role":"school","school":"S02"}"#)
            XCTAssertEqual(status, .unprocessableContent)
            XCTAssertTrue(text.contains("S02"), text)
            _ = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            for (body, reason) in [(#"{"name":"s02","password":"short","role":"school","school":"S02"}"#, "8"),
                                   (#"{"name":"s02","password":"long enough","role":"school","school":"S99"}"#, "S99"),
                                   (#"{"name":"s02","password":"long enough","role":"school"}"#, "学校编号"),
                                   (#"{"name":"p2","password":"long enough","role":"planner","school":"S01"}"#, "学校用户"),
                                   (#"{"name":"p2","password":"long enough","role":"admin"}"#, "planner"),
                                   (#"{"name":"has space","password":"long enough","role":"planner"}"#, "空格"),
                                   (#"{"name":"plan","password":"long enough","role":"planner"}"#, "已存在")] {
                (status, text) = try await add(body)
                XCTAssertEqual(status, .unprocessableContent, body)
                XCTAssertTrue(text.contains(reason), "\(body): \(text)")
            }
            (status, text) = try await add(#"{"name":"s02","password":"long enough","role":"school","school":"S02"}"#)
            XCTAssertEqual(status, .created, text)
            XCTAssertTrue(text.contains(#""school":"S02""#), text)
            let s02 = try await WebFixture.logIn(client, as: "s02", password: "long enough")

            // A new password ends the user's sessions.
            let s02ID = try await Self.id(of: "s02", client, cookie)
            try await client.execute(uri: "/api/users/\(s02ID)/password", method: .post, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"password":"another long one"}"#)) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/api/notices", method: .get, headers: s02) { XCTAssertEqual($0.status, .unauthorized) }
            let again = try await WebFixture.logIn(client, as: "s02", password: "another long one")

            // Disabled: the session ends and logging in fails; enabled again, it works.
            try await client.execute(uri: "/api/users/\(s02ID)/disable", method: .post, headers: WebFixture.json(cookie)) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/api/notices", method: .get, headers: again) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"username":"s02","password":"another long one"}"#)) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/api/users/\(s02ID)/enable", method: .post, headers: WebFixture.json(cookie)) { XCTAssertEqual($0.status, .noContent) }
            _ = try await WebFixture.logIn(client, as: "s02", password: "another long one")

            // Not oneself, not the last planner.
            let me = try await Self.id(of: "plan", client, cookie)
            for path in ["/api/users/\(me)", "/api/users/\(me)/disable"] {
                try await client.execute(uri: path, method: path.hasSuffix("disable") ? .post : .delete, headers: WebFixture.json(cookie)) { response in
                    XCTAssertEqual(response.status, .unprocessableContent)
                    XCTAssertTrue(String(buffer: response.body).contains("自己"), String(buffer: response.body))
                }
            }
            // A planner changing their own password keeps the session they changed it in.
            try await client.execute(uri: "/api/users/\(me)/password", method: .post, headers: WebFixture.json(cookie),
                                     body: ByteBuffer(string: #"{"password":"a new planner pass"}"#)) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/api/users", method: .get, headers: cookie) { XCTAssertEqual($0.status, .ok) }
            (status, _) = try await add(#"{"name":"p2","password":"long enough","role":"planner"}"#)
            XCTAssertEqual(status, .created)
            let p2 = try await WebFixture.logIn(client, as: "p2", password: "long enough")
            try await client.execute(uri: "/api/users/\(me)/disable", method: .post, headers: WebFixture.json(p2)) { XCTAssertEqual($0.status, .noContent) }
            let p2ID = try await Self.id(of: "p2", client, p2)
            try await client.execute(uri: "/api/users/\(p2ID)", method: .delete, headers: WebFixture.json(p2)) { response in
                XCTAssertEqual(response.status, .unprocessableContent, "p2 is itself and the last active planner")
            }
            try await client.execute(uri: "/api/users/\(s02ID)", method: .delete, headers: WebFixture.json(p2)) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/api/users/\(s02ID)", method: .delete, headers: WebFixture.json(p2)) { XCTAssertEqual($0.status, .notFound) }
        }
        let actions = Set(try await fixture.services.audit.latest(50).map(\.action))
        XCTAssertTrue(actions.isSuperset(of: ["user-add", "user-password", "user-disable", "user-enable", "user-delete"]), "\(actions)")
    }

    func testUserAddFromTheCommandLineEnablesADisabledUserAgain() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let users = try await fixture.services.users.all()
        let planner = try XCTUnwrap(users.first { $0.name == "plan" })
        let school = try XCTUnwrap(users.first { $0.name == "school" })
        try await fixture.services.users.setDisabled(school.id!, true, by: planner)
        let refused = try await fixture.services.users.authenticate(name: "school", password: WebFixture.password)
        XCTAssertNil(refused, "a disabled user cannot log in")
        try UserAdministration.add(name: "school", role: .school, school: "S01", password: "a fresh password", dataDirectory: fixture.folder.path)
        let back = try await fixture.services.users.authenticate(name: "school", password: "a fresh password")
        XCTAssertEqual(back?.name, "school")
    }

    func testTheUsersPageFormsNeedTheirCSRFToken() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let token = try await client.execute(uri: "/users", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("users-table") && page.contains("school"), page)
                let cookie = try XCTUnwrap(response.headers[values: .setCookie].first { $0.hasPrefix("trainplan_csrf=") })
                return String(cookie.split(separator: ";")[0].dropFirst("trainplan_csrf=".count))
            }
            var form = cookie
            form[.contentType] = "application/x-www-form-urlencoded"
            try await client.execute(uri: "/users", method: .post, headers: form,
                                     body: ByteBuffer(string: "name=p3&password=long+enough&role=planner")) { response in
                XCTAssertEqual(response.status, .forbidden, "no token")
            }
            form[.cookie] = (cookie[.cookie] ?? "") + "; trainplan_csrf=\(token)"
            try await client.execute(uri: "/users", method: .post, headers: form,
                                     body: ByteBuffer(string: "csrf=\(token)&name=p3&password=long+enough&role=planner&school=")) { response in
                XCTAssertEqual(response.status, .seeOther, String(buffer: response.body))
            }
            try await client.execute(uri: "/users", method: .post, headers: form,
                                     body: ByteBuffer(string: "csrf=\(token)&name=p3&password=long+enough&role=planner&school=")) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("已存在"), "the errors page says why")
            }
        }
    }
}
