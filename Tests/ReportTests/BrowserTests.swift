import Foundation
import Reports
import TrainPlanCore
import XCTest

/// Opens report.html in headless Chromium as a reader would: no console errors, every section in the
/// rendered DOM, and a screenshot that is not blank. Skipped when Chromium is not installed
/// (scripts/install-deps.sh installs it).
final class BrowserTests: XCTestCase {
    private func chromium() throws -> String {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("Chromium is not installed (apt-get install chromium): browser test skipped")
        }
        return path
    }

    private func arguments(_ profile: URL, _ extra: [String]) -> [String] {
        ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
         "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0"] + extra
    }

    func testReportRendersWithoutErrorsAndIsNotBlank() throws {
        let browser = try chromium()
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report")
        try ReportWriter(instance: ReportFixture.instance, plan: ReportFixture.plan, summary: nil, language: .zh)
            .write(to: out.path)
        let page = out.appendingPathComponent("report.html").absoluteString

        let dom = try runProgram(browser, arguments(folder.appendingPathComponent("profile-dom"), ["--dump-dom", page]))
        XCTAssertEqual(dom.status, 0, dom.stderr)
        for id in ["status", "kpis", "quotas", "gantt", "heatmap", "map"] {
            XCTAssertTrue(dom.stdout.contains("<section id=\"\(id)\">"), "section \(id) not in the rendered DOM")
        }
        XCTAssertTrue(dom.stdout.contains("<svg"), "charts rendered")
        let consoleLines = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        XCTAssertEqual(consoleLines, [], "console messages while loading the report")

        let screenshot = folder.appendingPathComponent("report.png")
        let shot = try runProgram(browser, arguments(folder.appendingPathComponent("profile-shot"),
                                                     ["--hide-scrollbars", "--window-size=1280,2200",
                                                      "--screenshot=\(screenshot.path)", page]))
        XCTAssertEqual(shot.status, 0, shot.stderr)
        let png = try Data(contentsOf: screenshot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG")
        // A blank page of this size compresses to a few kilobytes; text, cards and charts do not.
        XCTAssertGreaterThan(png.count, 40_000, "screenshot looks blank")
        if let keep = ProcessInfo.processInfo.environment["TRAINPLAN_KEEP_SCREENSHOT"] {
            try? png.write(to: URL(fileURLWithPath: keep))
        }
    }
}
