import Foundation
import Hummingbird
import HummingbirdTesting
import PlanCheck
import TrainPlanCore
@testable import TrainPlanWeb
import XCTest

/// Solves through the API as child processes: finished, stopped, queued and interrupted jobs, and the plans
/// they leave, which must pass the independent checker.
final class SolveRouteTests: XCTestCase {
    private static func checkDownloadedPlan(_ client: some TestClientProtocol, plan: Int64, cookie: HTTPFields, instance folder: URL) async throws {
        let zip = try await client.execute(uri: "/api/plans/\(plan)/plan.zip", method: .get, headers: cookie) { response in
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/zip")
            return Data(response.body.readableBytesView)
        }
        let planFolder = try WebFixture.unzip(zip)
        defer { try? FileManager.default.removeItem(at: planFolder) }
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: planFolder.path)),
                       ["cohorts.csv", "assignments.csv", "summary.json"])
        let instance = try InstanceLoader.load(directory: folder.path).instance
        let report = PlanChecker(instance: instance).check(planDirectory: planFolder.path)
        XCTAssertEqual(report.violations.map { "\($0)" }, [], "the downloaded plan breaks a rule")
        XCTAssertTrue(report.summaryChecked, "summary.json agrees with the plan")
    }

    func testADemoSolveRunsToTheEndAndItsPlanPassesTheCheckerAndReachesTheSchool() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let demo = WebFixture.packageRoot.appendingPathComponent("instances/demo-county")
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            let id = try await WebFixture.startSolve(client, instance: term, timeLimit: 120, cookie: cookie)
            // The event stream runs until the solve is over and ends with `done`.
            let events = try await client.execute(uri: "/api/solves/\(id)/events", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/event-stream; charset=utf-8")
                return String(buffer: response.body)
            }
            XCTAssertTrue(events.contains("event: done\ndata: {"), events)
            XCTAssertTrue(events.contains("event: progress\ndata: {"), "progress lines reach the stream: \(events)")
            let solve = try await WebFixture.solve(client, id, cookie: cookie)
            XCTAssertEqual(solve["status"] as? String, "finished")
            XCTAssertNotNil(solve["incumbent"] as? Double)
            XCTAssertNotNil(solve["bound"] as? Double)
            let plan = try XCTUnwrap(solve["plan"] as? [String: Any])
            XCTAssertEqual(plan["status"] as? String, "optimal")
            try await Self.checkDownloadedPlan(client, plan: id, cookie: cookie, instance: demo)

            try await client.execute(uri: "/api/plans/\(id)/workbook.xlsx", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Array(Data(response.body.readableBytesView).prefix(2)), [0x50, 0x4B], "an xlsx is a zip")
            }
            try await client.execute(uri: "/plans/\(id)", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains("/plans/\(id)/report.html"))
            }

            // Not published yet: the school sees nothing.
            let school = try await WebFixture.logIn(client, as: "school")
            try await client.execute(uri: "/api/notices", method: .get, headers: school) { response in
                XCTAssertEqual(String(buffer: response.body), #"{"notices":[]}"#)
            }
            try await client.execute(uri: "/api/notices/\(id)", method: .get, headers: school) { response in
                XCTAssertEqual(response.status, .notFound)
            }
            var publish = cookie
            publish[.contentType] = "application/json"
            try await client.execute(uri: "/api/plans/\(id)/publish", method: .post, headers: publish) { response in
                XCTAssertEqual(response.status, .noContent)
            }
            try await client.execute(uri: "/api/notices", method: .get, headers: school) { response in
                XCTAssertTrue(String(buffer: response.body).contains(#""url":"\/api\/notices\/\#(id)""#)
                                || String(buffer: response.body).contains("/api/notices/\(id)"), String(buffer: response.body))
            }
            try await client.execute(uri: "/api/notices/\(id)?school=S02", method: .get, headers: school) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("示例县第一中学"), "the school's own notice (S01), whatever ?school= says")
                XCTAssertFalse(page.contains("示例县实验小学"))
            }
        }
        let actions = try await fixture.services.audit.latest(50).map(\.action)
        for action in ["upload", "solve", "publish", "login"] { XCTAssertTrue(actions.contains(action), action) }
    }

    func testStoppingARunningSolveKeepsItsBestPlan() async throws {
        // A generated district (~1,500 teachers) takes long enough to be stopped mid-search.
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-district-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: generated) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", WebFixture.packageRoot.appendingPathComponent("benchmarks/generate.py").path,
                            "--size", "district", "--seed", "1", "--out", generated.path]
        try python.run()
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { throw XCTSkip("python3 could not generate the district instance") }

        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipFolder(generated), name: "district", cookie: cookie)
            let id = try await WebFixture.startSolve(client, instance: term, timeLimit: 900, cookie: cookie)
            let running = try await WebFixture.waitFor(client, id, cookie: cookie, seconds: 600) {
                $0["incumbent"] is Double || ($0["status"] as? String).map { $0 != "queued" && $0 != "running" } == true
            }
            XCTAssertEqual(running["status"] as? String, "running", "still searching when the incumbent appears")
            try await client.execute(uri: "/api/solves/\(id)", method: .delete, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
            }
            let stopped = try await WebFixture.waitFor(client, id, cookie: cookie, seconds: 300) {
                ($0["status"] as? String).map { $0 != "running" } == true
            }
            XCTAssertEqual(stopped["status"] as? String, "stopped")
            XCTAssertNotNil(stopped["plan"] as? [String: Any], "the best plan so far is kept")
            try await Self.checkDownloadedPlan(client, plan: id, cookie: cookie, instance: generated)
            try await client.execute(uri: "/api/solves/\(id)", method: .delete, headers: cookie) { response in
                XCTAssertEqual(response.status, .conflict, "a stopped solve cannot be stopped again")
            }
        }
    }

    func testJobsQueueOneAtATimeAndAQueuedJobCanBeStopped() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let term = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            let first = try await WebFixture.startSolve(client, instance: term, timeLimit: 120, cookie: cookie)
            let second = try await WebFixture.startSolve(client, instance: term, timeLimit: 120, cookie: cookie)
            let waiting = try await WebFixture.solve(client, second, cookie: cookie)
            XCTAssertEqual(waiting["status"] as? String, "queued")
            XCTAssertEqual(waiting["queue_position"] as? Int, 1)
            try await client.execute(uri: "/api/solves/\(second)", method: .delete, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains(#""status":"stopped""#))
            }
            let done = try await WebFixture.waitFor(client, first, cookie: cookie) {
                ($0["status"] as? String).map { $0 != "queued" && $0 != "running" } == true
            }
            XCTAssertEqual(done["status"] as? String, "finished")
            let never = try await WebFixture.solve(client, second, cookie: cookie)
            XCTAssertEqual(never["status"] as? String, "stopped")
            XCTAssertNil(never["plan"] as? [String: Any], "a job stopped in the queue has no plan")
            var json = cookie
            json[.contentType] = "application/json"
            try await client.execute(uri: "/api/instances/\(term)/solves", method: .post, headers: json,
                                     body: ByteBuffer(string: #"{"time_limit":-1}"#)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
            }
        }
    }

    func testARestartMarksRunningJobsInterruptedAndRunsQueuedOnesAgain() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let term = try await InstanceUpload(services: fixture.services)
            .add(name: "demo", kind: "zip", body: try WebFixture.zipInstance("demo-county"), by: "plan", language: .zh)
        let running = try await fixture.services.solves.add(instanceId: term.id!, timeLimit: 60, by: "plan")
        try await fixture.services.solves.update(running.id!) { $0.status = .running }
        let queued = try await fixture.services.solves.add(instanceId: term.id!, timeLimit: 60, by: "plan")

        // A new server on the same data folder, as after a restart.
        let restarted = try WebFixture(folder: fixture.folder)
        try await restarted.services.queue.recover()
        let interrupted = try await restarted.services.solves.find(running.id!)
        XCTAssertEqual(interrupted?.status, .interrupted)
        let deadline = Date().addingTimeInterval(300)
        var requeued = try await restarted.services.solves.find(queued.id!)
        while requeued?.status.isOver == false && Date() < deadline {
            try await Task.sleep(for: .milliseconds(300))
            requeued = try await restarted.services.solves.find(queued.id!)
        }
        XCTAssertEqual(requeued?.status, .finished)
    }
}
