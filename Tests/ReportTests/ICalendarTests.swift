@testable import Reports
import TrainPlanCore
import XCTest

final class ICalendarTests: XCTestCase {
    func testTeacherCalendarHasOneAllDayEventPerSessionWithExclusiveEnd() throws {
        let text = ReportFixture.text(try ReportFixture.files(), "calendars/teachers/T1.ics")
        let lines = unfolded(text)
        XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, 3)
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTSTART") }, [
            "DTSTART;VALUE=DATE:20260907", "DTSTART;VALUE=DATE:20260914", "DTSTART;VALUE=DATE:20260909",
        ])
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTEND") }, [
            "DTEND;VALUE=DATE:20260909", "DTEND;VALUE=DATE:20260916", "DTEND;VALUE=DATE:20260910",
        ])
        XCTAssertTrue(lines.contains("UID:K1-2-T1@trainplan"))
        XCTAssertTrue(lines.contains("SUMMARY:数学骨干研修\\, 第一期\\; 集中（第2/2次）"))
        XCTAssertEqual(lines.last, "END:VCALENDAR")
    }

    func testLinesEndInCRLFAndFoldAt75Octets() throws {
        let text = ReportFixture.text(try ReportFixture.files(), "calendars/S1.ics")
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(physical.allSatisfy { $0.utf8.count <= 75 })
        // The school's description names both teachers and is long enough to be folded.
        XCTAssertTrue(physical.contains { $0.hasPrefix(" ") })
        XCTAssertTrue(unfolded(text).contains { $0.hasPrefix("DESCRIPTION:") && $0.hasSuffix("参训教师：张三、李四") })
    }

    func testFoldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "培训", count: 40)
        let folded = ICalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(parts.count, 1)
        XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 75 && String(data: Data($0.utf8), encoding: .utf8) != nil })
        XCTAssertEqual(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)
    }

    func testEscapesBackslashSemicolonCommaAndNewline() {
        XCTAssertEqual(ICalendar.escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne")
    }

    func testOnlineCohortsHaveNoEvents() throws {
        let text = ReportFixture.text(try ReportFixture.files(), "calendars/teachers/T4.ics")
        XCTAssertFalse(text.contains("BEGIN:VEVENT"))
    }

    /// Content lines with folding undone (RFC 5545 §3.1).
    private func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }
}
