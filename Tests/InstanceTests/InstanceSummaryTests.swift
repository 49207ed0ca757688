import TrainPlanCore
import XCTest

final class InstanceSummaryTests: XCTestCase {
    func testCountsOfTheValidFixture() throws {
        let summary = InstanceSummary(try ScratchInstance().load().instance)
        XCTAssertEqual(summary.schoolCount, 3)
        XCTAssertEqual(summary.teacherCount, 6)
        XCTAssertEqual(summary.teachersByStage, [.primary: 4, .junior: 2])
        XCTAssertEqual(summary.teachersByDistrict, ["东区": 4, "西区": 2])
        XCTAssertEqual(summary.sitesByKind, [.center: 1, .songjiao: 2, .online: 1, .external: 1])
        XCTAssertEqual(summary.programmes.map(\.quotaMin), [4, 3, 5, 1])
        XCTAssertEqual(summary.programmes.map(\.quotaMax), [4, 3, 5, 2])
        // September–October 2026: 61 days, 17 of them weekend days; holidays 10-01..07 take two weekend days;
        // workdays 09-27 and 10-10 take two more (10-03 stays a holiday).
        XCTAssertEqual(summary.daysByType[.holiday], 7)
        XCTAssertEqual(summary.daysByType[.weekend], 13)
        XCTAssertEqual(summary.daysByType[.teaching], 41)
    }

    func testTextInBothLanguages() throws {
        let summary = InstanceSummary(try ScratchInstance().load().instance)
        let chinese = summary.lines(.zh).joined(separator: "\n")
        let english = summary.lines(.en).joined(separator: "\n")
        XCTAssertTrue(chinese.contains("教师：6 人"), chinese)
        XCTAssertTrue(chinese.contains("小学 4，初中 2"), chinese)
        XCTAssertTrue(chinese.contains("P3 网络研修：最少名额 5，最多名额 5"), chinese)
        XCTAssertTrue(english.contains("Teachers: 6"), english)
        XCTAssertTrue(english.contains("Horizon: 2026-09-01..2026-10-31, teaching 41, weekend 13, holiday 7"), english)
    }
}
