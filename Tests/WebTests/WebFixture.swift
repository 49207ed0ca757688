import Foundation
import Hummingbird
import PlanCheck
import HummingbirdTesting
import TrainPlanCore
@testable import TrainPlanWeb
import XCTest
import ZIPFoundation

/// A fresh server per test: its own data folder and database, the built `trainplan` binary as the solver,
/// one planner (`plan`) and one school user (`school`, bound to `schoolID`).
struct WebFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let password = "correct horse"
    static let schoolID = "S01"

    let folder: URL
    let services: WebServices

    /// The trainplan executable beside the test bundle in the build folder.
    static var executable: String {
        var directory = Bundle(for: Marker.self).bundleURL
        while directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("trainplan").path
    }

    init(folder: URL? = nil) throws {
        self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-web-\(UUID().uuidString)")
        var configuration = WebConfiguration(dataDirectory: self.folder.path, solverExecutable: Self.executable)
        configuration.loginAttempts = 3
        services = try WebServices(configuration: configuration, bcryptCost: 4)
        try services.users.save(name: "plan", password: Self.password, role: .planner, school: nil)
        try services.users.save(name: "school", password: Self.password, role: .school, school: Self.schoolID)
    }

    func application() async throws -> some ApplicationProtocol {
        try await services.queue.recover()
        return Application(router: try await WebApplication.buildRouter(services))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Logs in through the API and returns the Cookie header for later requests.
    static func logIn(_ client: some TestClientProtocol, as user: String, password: String = password) async throws -> HTTPFields {
        let body = #"{"username":"\#(user)","password":"\#(password)"}"#
        return try await client.execute(uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                                        body: ByteBuffer(string: body)) { response in
            XCTAssertEqual(response.status, .ok)
            let cookie = try XCTUnwrap(response.headers[.setCookie])
            let pair = String(cookie.split(separator: ";")[0])
            return [.cookie: pair]
        }
    }

    /// A zip of an instance folder, with `edit` applied to the copy first.
    static func zipInstance(_ name: String, edit: (URL) throws -> Void = { _ in }) throws -> Data {
        try zipFolder(packageRoot.appendingPathComponent("instances/\(name)"), edit: edit)
    }

    static func zipFolder(_ source: URL, edit: (URL) throws -> Void = { _ in }) throws -> Data {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-zip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("instance")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: copy)
        try edit(copy)
        let zip = work.appendingPathComponent("instance.zip")
        try FileManager.default.zipItem(at: copy, to: zip)
        return try Data(contentsOf: zip)
    }

    /// Uploads a zip as a planner; returns the new term's id.
    static func upload(_ client: some TestClientProtocol, _ zip: Data, name: String, cookie: HTTPFields) async throws -> Int64 {
        var headers = cookie
        headers[.contentType] = "application/zip"
        return try await client.execute(uri: "/api/instances?name=\(name)", method: .post, headers: headers,
                                        body: ByteBuffer(bytes: zip)) { response in
            XCTAssertEqual(response.status, .created, String(buffer: response.body))
            return try JSONDecoder().decode(IDBody.self, from: Data(response.body.readableBytesView)).id
        }
    }

    static func startSolve(_ client: some TestClientProtocol, instance: Int64, timeLimit: Double, cookie: HTTPFields) async throws -> Int64 {
        var headers = cookie
        headers[.contentType] = "application/json"
        return try await client.execute(uri: "/api/instances/\(instance)/solves", method: .post, headers: headers,
                                        body: ByteBuffer(string: #"{"time_limit":\#(timeLimit)}"#)) { response in
            XCTAssertEqual(response.status, .accepted, String(buffer: response.body))
            return try JSONDecoder().decode(IDBody.self, from: Data(response.body.readableBytesView)).id
        }
    }

    static func solve(_ client: some TestClientProtocol, _ id: Int64, cookie: HTTPFields) async throws -> [String: Any] {
        try await client.execute(uri: "/api/solves/\(id)", method: .get, headers: cookie) { response in
            XCTAssertEqual(response.status, .ok)
            return try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
        }
    }

    /// Polls the solve until `done` says so (at most `seconds`).
    static func waitFor(_ client: some TestClientProtocol, _ id: Int64, cookie: HTTPFields, seconds: Double = 300,
                        until done: ([String: Any]) -> Bool) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let solve = try await solve(client, id, cookie: cookie)
            if done(solve) { return solve }
            try await Task.sleep(for: .milliseconds(300))
        }
        XCTFail("solve \(id) did not get there in \(seconds) s")
        return try await solve(client, id, cookie: cookie)
    }

    /// Unzips a downloaded plan.zip into a fresh folder.
    static func unzip(_ data: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-plan-\(UUID().uuidString)")
        let zip = folder.appendingPathExtension("zip")
        try data.write(to: zip)
        try FileManager.default.unzipItem(at: zip, to: folder)
        try? FileManager.default.removeItem(at: zip)
        return folder
    }

    /// The cookie headers with a JSON content type, for API writes.
    static func json(_ cookie: HTTPFields) -> HTTPFields {
        var headers = cookie
        headers[.contentType] = "application/json"
        return headers
    }

    /// Uploads the demo county, solves it to the end and publishes the plan; returns the term and the plan ids.
    static func publishedDemo(_ client: some TestClientProtocol, cookie: HTTPFields) async throws -> (term: Int64, plan: Int64) {
        let term = try await upload(client, try zipInstance("demo-county"), name: "demo", cookie: cookie)
        let plan = try await startSolve(client, instance: term, timeLimit: 120, cookie: cookie)
        let done = try await waitFor(client, plan, cookie: cookie) { ($0["status"] as? String).map { $0 != "queued" && $0 != "running" } == true }
        XCTAssertEqual(done["status"] as? String, "finished", "\(done)")
        try await client.execute(uri: "/api/plans/\(plan)/publish", method: .post, headers: json(cookie)) { response in
            XCTAssertEqual(response.status, .noContent)
        }
        return (term, plan)
    }

    /// Waits until the job is over.
    static func waitUntilOver(_ client: some TestClientProtocol, _ id: Int64, cookie: HTTPFields) async throws -> [String: Any] {
        try await waitFor(client, id, cookie: cookie) { ($0["status"] as? String).map { $0 != "queued" && $0 != "running" } == true }
    }

    /// Downloads a plan's plan.zip and checks it against `instance` with the independent checker.
    static func assertPlanPassesChecker(_ client: some TestClientProtocol, plan: Int64, cookie: HTTPFields, instance: Instance,
                                        file: StaticString = #filePath, line: UInt = #line) async throws {
        let zip = try await client.execute(uri: "/api/plans/\(plan)/plan.zip", method: .get, headers: cookie) { response in
            XCTAssertEqual(response.status, .ok, file: file, line: line)
            return Data(response.body.readableBytesView)
        }
        let folder = try unzip(zip)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = PlanChecker(instance: instance).check(planDirectory: folder.path)
        XCTAssertEqual(report.violations.map { $0.message(.en) }, [], "plan \(plan) breaks a rule", file: file, line: line)
        XCTAssertTrue(report.summaryChecked, "plan \(plan) has its summary", file: file, line: line)
    }

    static var demoInstance: Instance {
        get throws { try InstanceLoader.load(directory: packageRoot.appendingPathComponent("instances/demo-county").path).instance }
    }

    /// A JSON body as a dictionary.
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any], String(buffer: response.body))
    }

    struct IDBody: Decodable { var id: Int64 }
    private final class Marker {}
}
