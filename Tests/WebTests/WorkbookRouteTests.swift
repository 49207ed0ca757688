import Foundation
import Hummingbird
import HummingbirdTesting
import PlanCheck
import TrainPlanCore
@testable import TrainPlanWeb
import XCTest

/// Terms uploaded as the planners' workbook (SPEC "Instance: a workbook"): accepted as it is, solved from it,
/// errors named by sheet and cell; and the empty template to fill in.
final class WorkbookRouteTests: XCTestCase {
    private static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: WebFixture.packageRoot.appendingPathComponent("Tests/InstanceTests/Fixtures/workbooks/\(name)"))
    }

    private static func upload(_ client: some TestClientProtocol, _ data: Data, name: String, cookie: HTTPFields,
                               expect status: HTTPResponse.Status) async throws -> [String: Any] {
        var headers = cookie
        headers[.contentType] = "application/octet-stream"
        return try await client.execute(uri: "/api/instances?name=\(name)", method: .post, headers: headers,
                                        body: ByteBuffer(bytes: data)) { response in
            XCTAssertEqual(response.status, status, String(buffer: response.body))
            return try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
        }
    }

    func testAWorkbookTermSolvesToAPlanThatPassesTheChecker() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let created = try await Self.upload(client, try Self.fixture("demo-county-openpyxl.xlsx"), name: "xlsx", cookie: cookie,
                                                expect: .created)
            let term = try XCTUnwrap(created["id"] as? Int64 ?? (created["id"] as? Int).map(Int64.init))
            try await client.execute(uri: "/api/instances/\(term)", method: .get, headers: cookie) { response in
                let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
                XCTAssertEqual((body["summary"] as? [String: Any])?["teachers"] as? Int, 314)
            }
            let id = try await WebFixture.startSolve(client, instance: term, timeLimit: 120, cookie: cookie)
            _ = try await client.execute(uri: "/api/solves/\(id)/events", method: .get, headers: cookie) { String(buffer: $0.body) }
            let solve = try await WebFixture.solve(client, id, cookie: cookie)
            XCTAssertEqual(solve["status"] as? String, "finished")
            let zip = try await client.execute(uri: "/api/plans/\(id)/plan.zip", method: .get, headers: cookie) {
                Data($0.body.readableBytesView)
            }
            let planFolder = try WebFixture.unzip(zip)
            defer { try? FileManager.default.removeItem(at: planFolder) }
            let instance = try InstanceLoader.load(directory: WebFixture.packageRoot.appendingPathComponent("instances/demo-county").path).instance
            let report = PlanChecker(instance: instance).check(planDirectory: planFolder.path)
            XCTAssertEqual(report.violations.map { "\($0)" }, [])
            XCTAssertTrue(report.summaryChecked, "the workbook and the folder load to the same instance (same hash)")
        }
    }

    func testAnXlsTermIsAccepted() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            _ = try await Self.upload(client, try Self.fixture("demo-county.xls"), name: "xls", cookie: cookie, expect: .created)
        }
    }

    func testAnEmptyTemplateIsRefusedNamingTheSheetAndCell() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let template = try await client.execute(uri: "/api/template.xlsx", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentDisposition], "attachment; filename=\"trainplan-template.xlsx\"")
                return Data(response.body.readableBytesView)
            }
            XCTAssertEqual(Array(template.prefix(2)), [0x50, 0x4B])
            // The template as it comes has no calendar yet: the error names the 设置 sheet.
            let body = try await Self.upload(client, template, name: "empty", cookie: cookie, expect: .unprocessableContent)
            let errors = try XCTUnwrap(body["errors"] as? [[String: Any]])
            XCTAssertTrue(errors.contains { ($0["file"] as? String ?? "").contains("设置") || ($0["message"] as? String ?? "").contains("设置") },
                          "\(errors)")
            let school = try await WebFixture.logIn(client, as: "school")
            try await client.execute(uri: "/api/template.xlsx", method: .get, headers: school) { response in
                XCTAssertEqual(response.status, .forbidden)
            }
        }
    }
}
