import Foundation
import XCTest

/// A real browser drives `trainplan serve` as a planner and a school would: log in, upload the demo instance,
/// solve with the live chart, open the plan, publish, then log in as a school and see only that school's notice.
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
        try addUser(["school1", "--role", "school", "--school", "S01"], data: data)
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
            try await web.open(planURL)

            // English is one click away.

            step("English is one click away.")
            try await web.click("#lang-switch")
            try await web.waitUntil("return document.documentElement.lang === 'en'", seconds: 30, "the English page")
            let english = try await web.script("return document.body.innerText") as? String ?? ""
            XCTAssertTrue(english.contains("Downloads"), english)
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
            XCTAssertTrue(notice.contains("示例县第一中学"), notice)
            XCTAssertFalse(notice.contains("示例县实验小学"), "another school's name in the notice")
            let frames = try await web.script("return document.querySelectorAll('iframe').length") as? Int
            XCTAssertEqual(frames, 1)
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
