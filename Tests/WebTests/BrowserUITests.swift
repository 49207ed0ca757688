import Foundation
import XCTest

/// A real browser drives `trainplan serve` as a planner and a school would: log in, upload the demo instance,
/// solve with the live chart, open the plan, publish, re-plan after a dropout found by name and publish that,
/// compare a what-if, compute a quota frontier, add a user, then log in as a school and see only that school's
/// notice and what the re-plan changed for it.
/// Screenshots are kept in $TRAINPLAN_SCREENSHOTS (or a temporary folder) and checked not to be blank.
/// Skipped when Chromium or chromedriver is missing (`bash scripts/install-deps.sh --test-tools` installs them).
final class BrowserUITests: XCTestCase {
    private var children: [Process] = []

    override func tearDown() {
        for child in children where child.isRunning {
            child.terminate()
            let deadline = Date().addingTimeInterval(10)
            while child.isRunning && Date() < deadline { usleep(100_000) }
            if child.isRunning { kill(child.processIdentifier, SIGKILL) }
        }
        children = []
    }

    private func tool(_ candidates: [String]) -> String? {
        candidates.first(where: FileManager.default.isExecutableFile(atPath:))
    }

    private func launch(_ path: String, _ arguments: [String], input: String? = nil, log: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let log {
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        return process
    }

    private func addUser(_ arguments: [String], data: URL) throws {
        let process = try launch(WebFixture.executable, ["user", "add"] + arguments + ["--data", data.path], input: "browser-pass\n")
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "user add \(arguments)")
    }

    /// Waits until an HTTP GET of `url` answers at all.
    private func waitForServer(_ url: URL) async throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try? await HTTP.send(url.absoluteString, seconds: 5)) != nil { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        XCTFail("\(url) did not answer")
    }

    private func step(_ text: String) { print("browser test: \(text)") }

    private func save(_ png: Data, _ name: String, in folder: URL) throws {
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "\(name) is a PNG")
        // A blank 1280×1400 page compresses to a few kilobytes; text, tables and charts do not.
        XCTAssertGreaterThan(png.count, 25_000, "\(name) looks blank")
        try png.write(to: folder.appendingPathComponent("\(name).png"))
    }

    func testAPlannerSolvesAndPublishesAndASchoolSeesOnlyItsNotice() async throws {
        guard let browser = tool(["/usr/bin/chromium", "/usr/bin/chromium-browser"]) else {
            throw XCTSkip("Chromium is not installed (scripts/install-deps.sh --test-tools): browser test skipped")
        }
        guard let driver = tool(["/usr/bin/chromedriver"]) else {
            throw XCTSkip("chromedriver is not installed (apt-get install chromium-driver): browser test skipped")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("data")
        let shots = ProcessInfo.processInfo.environment["TRAINPLAN_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? work.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let zip = work.appendingPathComponent("demo-county.zip")
        try WebFixture.zipInstance("demo-county").write(to: zip)

        try addUser(["planner1", "--role", "planner"], data: data)
        try addUser(["school1", "--role", "school", "--school", "S03"], data: data)
        let port = Int.random(in: 20000...29999)
        let driverPort = Int.random(in: 30000...39999)
        children.append(try launch(WebFixture.executable, ["serve", "--data", data.path, "--port", "\(port)"],
                                   log: shots.appendingPathComponent("serve.log")))
        children.append(try launch(driver, ["--port=\(driverPort)"]))
        let site = "http://127.0.0.1:\(port)"
        try await waitForServer(URL(string: "\(site)/health")!)
        try await waitForServer(URL(string: "http://127.0.0.1:\(driverPort)/status")!)

        let web = try await WebDriver.start(driverPort: driverPort, browser: browser)
        do {
            // Planner: log in.
            step("Planner: log in.")
            try await web.open("\(site)/login")
            try await web.type("#username", "planner1")
            try await web.type("#password", "browser-pass")
            try await web.click("#login-button")
            try await web.waitUntil("return location.pathname === '/terms'", seconds: 30, "the terms page")

            // Upload the demo instance.

            step("Upload the demo instance.")
            try await web.type("#term-name", "示例县 2026 秋季")
            let fileInput = try await web.element("#term-file")
            try await web.call("POST", "/element/\(fileInput)/value", ["text": zip.path])
            try await web.click("#upload-button")
            try await web.waitUntil("return /^\\/terms\\/\\d+$/.test(location.pathname)", seconds: 60, "the term page")
            try await web.waitUntil("return document.querySelector('#programmes-table') !== null", seconds: 10, "the summary")
            try save(try await web.screenshot(), "1-term", in: shots)

            // Solve and watch the live chart until the plan is there.

            step("Solve and watch the live chart until the plan is there.")
            try await web.type("#time-limit", "120")
            try await web.click("#solve-button")
            try await web.waitUntil("return /^\\/solves\\/\\d+$/.test(location.pathname)", seconds: 30, "the solve page")
            try await web.waitUntil("return !document.getElementById('plan-link').hidden", seconds: 300, "the solve to finish")
            let figures = try await web.script("return document.getElementById('fig-incumbent').textContent") as? String
            XCTAssertNotEqual(figures, "—", "the incumbent is shown")
            try save(try await web.screenshot(), "2-solve", in: shots)

            // The plan: KPI cards and the embedded report with its Gantt chart.

            step("The plan: KPI cards and the embedded report with its Gantt chart.")
            try await web.click("#open-plan")
            try await web.waitUntil("return document.querySelectorAll('#kpi-cards .kpi').length === 8", seconds: 30, "the KPI cards")
            try await web.waitUntil("""
                const frame = document.getElementById('report-frame');
                return frame.contentDocument !== null && frame.contentDocument.querySelector('#gantt svg') !== null
                """, seconds: 30, "the report's Gantt chart")
            try save(try await web.screenshot(), "3-plan", in: shots)

            // Publish.

            step("Publish.")
            try await web.click("#publish-button")
            try await web.waitUntil("return document.getElementById('published-note') !== null", seconds: 30, "the published note")

            // Re-plan: 杨琴莉 (T0074, 城关镇中学) drops out; found by name, replaced, and the new version published.
            step("Re-plan.")
            try await web.type("#replan-search", "杨琴莉")
            try await web.waitUntil("return document.querySelectorAll('#replan-results button.add-dropout').length > 0", seconds: 30, "the search results")
            try await web.click("#replan-results button.add-dropout")
            let chosen = try await web.script("return document.getElementById('replan-drop').value") as? String
            XCTAssertEqual(chosen, "T0074")
            try await web.type("#replan-time-limit", "30")
            try save(try await web.screenshot(), "6-replan-search", in: shots)
            try await web.click("#replan-button")
            try await web.waitUntil("return /^\\/solves\\/\\d+$/.test(location.pathname)", seconds: 30, "the re-plan job")
            try await web.waitUntil("return !document.getElementById('plan-link').hidden", seconds: 300, "the re-plan to finish")
            try await web.click("#open-plan")
            try await web.waitUntil("""
                const changes = document.getElementById('replan-changes');
                return changes !== null && changes.innerText.includes('杨琴莉') && changes.innerText.includes('退出')
                """, seconds: 30, "the re-plan's changes")
            try save(try await web.screenshot(), "7-replan", in: shots)
            try await web.click("#publish-button")
            try await web.waitUntil("return document.getElementById('published-note') !== null", seconds: 30, "the re-plan published")

            // What-if: the same term with GP01's quota raised, compared side by side.
            step("What-if.")
            let planURL = try await web.currentURL()
            try await web.click("p a")
            try await web.waitUntil("return document.getElementById('scenario-form') !== null", seconds: 30, "the term page")
            try await web.type("#scenario-title", "国培 10 人")
            try await web.script("document.getElementById('scenario-program').value = 'GP01'; return true")
            try await web.type("#scenario-quota-min", "10")
            try await web.type("#scenario-quota-max", "10")
            try await web.type("#scenario-time-limit", "20")
            try await web.click("#scenario-button")
            try await web.waitUntil("""
                const frame = document.getElementById('comparison-frame');
                return frame !== null && !document.getElementById('comparison').hidden && frame.contentDocument !== null
                    && frame.contentDocument.body !== null && frame.contentDocument.body.innerText.includes('国培 10 人')
                """, seconds: 300, "the comparison")
            try save(try await web.screenshot(), "5-whatif", in: shots)

            // Quota frontier of GP01: a chart, and a table saying what binds at each level.
            step("Frontier.")
            try await web.click("p a")
            try await web.waitUntil("return document.getElementById('frontier-form') !== null", seconds: 30, "the term page")
            try await web.script("document.getElementById('frontier-program').value = 'GP01'; return true")
            try await web.type("#frontier-from", "20")
            try await web.type("#frontier-to", "220")
            try await web.type("#frontier-step", "100")
            try await web.type("#frontier-time-limit", "10")
            try await web.click("#frontier-button")
            try await web.waitUntil("""
                const frame = document.getElementById('frontier-frame');
                return frame !== null && !document.getElementById('frontier').hidden && frame.contentDocument !== null
                    && frame.contentDocument.querySelector('svg polyline') !== null
                """, seconds: 600, "the frontier chart")
            let frontier = try await web.script("return document.getElementById('frontier-frame').contentDocument.body.innerText") as? String ?? ""
            XCTAssertTrue(frontier.contains("起约束的限制") && frontier.contains("名额已排满"), frontier)
            try save(try await web.screenshot(), "8-frontier", in: shots)

            // Users: a planner adds a school user from the app.
            step("Users.")
            try await web.click("#users-link")
            try await web.waitUntil("return document.getElementById('user-add-form') !== null", seconds: 30, "the users page")
            try await web.type("#new-user-name", "school2")
            try await web.type("#new-user-password", "another-pass")
            try await web.script("document.getElementById('new-user-role').value = 'school'; return true")
            try await web.type("#new-user-school", "S02")
            try await web.click("#user-add-button")
            try await web.waitUntil("return document.querySelector('#users-table tr[data-user=\"school2\"]') !== null", seconds: 30, "the new user")
            try save(try await web.screenshot(), "9-users", in: shots)
            try await web.open(planURL)

            // English is one click away.

            step("English is one click away.")
            try await web.click("#lang-switch")
            try await web.waitUntil("return document.documentElement.lang === 'en'", seconds: 30, "the English page")
            let english = try await web.script("return document.body.innerText") as? String ?? ""
            XCTAssertTrue(english.contains("Downloads") && english.contains("Re-plan after dropouts"), english)
            try await web.waitUntil("""
                const frame = document.getElementById('report-frame');
                return frame.contentDocument !== null && frame.contentDocument.documentElement.lang === 'en'
                    && frame.contentDocument.querySelector('#gantt svg') !== null
                """, seconds: 60, "the English report")
            try save(try await web.screenshot(), "10-english-plan", in: shots)
            try await web.click("#lang-switch")
            try await web.waitUntil("return document.documentElement.lang === 'zh'", seconds: 30, "the Chinese page")

            // The school: only its own notice.

            step("The school: only its own notice.")
            try await web.click("header form button")
            try await web.waitUntil("return location.pathname === '/login'", seconds: 30, "the login page after logout")
            try await web.type("#username", "school1")
            try await web.type("#password", "browser-pass")
            try await web.click("#login-button")
            try await web.waitUntil("return location.pathname === '/school'", seconds: 30, "the school page")
            try await web.waitUntil("""
                const frame = document.querySelector('iframe');
                return frame !== null && frame.contentDocument !== null && frame.contentDocument.body !== null
                    && frame.contentDocument.body.innerText.length > 0
                """, seconds: 30, "the notice")
            let notice = try await web.script("return document.querySelector('iframe').contentDocument.body.innerText") as? String ?? ""
            XCTAssertTrue(notice.contains("城关镇中学"), notice)
            XCTAssertFalse(notice.contains("示例县第一中学"), "another school's name in the notice")
            let frames = try await web.script("return document.querySelectorAll('iframe').length") as? Int
            XCTAssertEqual(frames, 1)
            let changes = try await web.script("return document.getElementById('school-changes').innerText") as? String ?? ""
            XCTAssertTrue(changes.contains("本校变动") && changes.contains("杨琴莉"), "the school sees its dropout: \(changes)")
            try save(try await web.screenshot(), "4-school", in: shots)
            // A school user cannot open the planner's pages.
            try await web.open("\(site)/terms")
            let forbidden = try await web.script("return document.body.innerText") as? String ?? ""
            XCTAssertFalse(forbidden.contains("示例县 2026 秋季"), "a school user sees no terms")
        } catch {
            await web.quit()
            throw error
        }
        await web.quit()
    }
}
