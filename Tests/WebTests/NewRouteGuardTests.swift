import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest

/// Every route of re-plans, frontiers, users, notes and calendars: 401 without a session, 403 for a school
/// user, 404 for an id that does not exist.
final class NewRouteGuardTests: XCTestCase {
    private static let routes: [(HTTPRequest.Method, String, String?)] = [
        (.get, "/api/plans/999/participants?q=T", nil),
        (.post, "/api/plans/999/replans", #"{"drop":["T0001"],"time_limit":10}"#),
        (.get, "/api/replans/999/changes", nil),
        (.post, "/api/instances/999/frontiers", #"{"program":"GP01","time_limit":10}"#),
        (.get, "/api/frontiers/999/frontier.html", nil),
        (.get, "/api/frontiers/999/frontier.csv", nil),
        (.get, "/api/plans/999/calendars.zip", nil),
        (.put, "/api/plans/999/note", #"{"note":"x"}"#),
        (.post, "/api/users/999/password", #"{"password":"long enough"}"#),
        (.post, "/api/users/999/disable", nil),
        (.post, "/api/users/999/enable", nil),
        (.delete, "/api/users/999", nil),
    ]

    func testNewRoutesAnswer401403And404() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let planner = try await WebFixture.logIn(client, as: "plan")
            let school = try await WebFixture.logIn(client, as: "school")
            for (method, uri, body) in Self.routes + [(.get, "/api/users", nil), (.post, "/api/users", #"{"name":"x"}"#)] {
                for (headers, expected) in [(HTTPFields(), HTTPResponse.Status.unauthorized), (school, .forbidden)] {
                    var sent = headers
                    sent[.contentType] = "application/json"
                    try await client.execute(uri: uri, method: method, headers: sent, body: body.map { ByteBuffer(string: $0) }) { response in
                        XCTAssertEqual(response.status, expected, "\(method) \(uri)")
                    }
                }
            }
            for (method, uri, body) in Self.routes {
                try await client.execute(uri: uri, method: method, headers: WebFixture.json(planner), body: body.map { ByteBuffer(string: $0) }) { response in
                    XCTAssertEqual(response.status, .notFound, "\(method) \(uri): \(String(buffer: response.body))")
                }
            }
            // The school's change list of a plan that is not published (or does not exist): 404.
            try await client.execute(uri: "/api/notices/999/changes", method: .get, headers: school) { XCTAssertEqual($0.status, .notFound) }
            try await client.execute(uri: "/api/notices/999/changes", method: .get, headers: HTTPFields()) { XCTAssertEqual($0.status, .unauthorized) }
            // The pages: a school user is refused, no session goes to the login page.
            for page in ["/users", "/plans/1/replan", "/terms/1/frontier", "/plans/1/note"] {
                let method: HTTPRequest.Method = page == "/users" ? .get : .post
                try await client.execute(uri: page, method: method, headers: school) { XCTAssertEqual($0.status, .forbidden, page) }
                try await client.execute(uri: page, method: method) { XCTAssertEqual($0.status, .found, page) }
            }
        }
    }
}
