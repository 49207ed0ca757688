import Foundation
import PlanCheck
import TestSupport
import TrainPlanCore
import XCTest

/// A small base for scenario tests: two schools in two districts, a centre and a 送教 site, two programmes
/// (one with a sub-quota and a team), five teachers.
enum WhatIfFixture {
    static func base() -> Instance {
        var course = SmallInstance.course("P1", quota: 2)
        course.name = "小学数学"
        var visit = Programme(id: "P2", name: "送教", mode: .songjiao, quotaMin: .seats(1), team: "songjiao")
        visit.sessions = 1
        return SmallInstance.make(
            teachers: [
                SmallInstance.teacher("T1"), SmallInstance.teacher("T2"), SmallInstance.teacher("T3"),
                SmallInstance.teacher("T4", school: "S2"), SmallInstance.teacher("T5", school: "S2"),
            ],
            programmes: [course, visit],
            sites: [SmallInstance.center("C1", seats: 10, rooms: 1),
                    Site(id: "SJ1", name: "SJ1", kind: .songjiao, latitude: 30, longitude: 110, district: "D2")],
            schools: [SmallInstance.school("S1"), SmallInstance.school("S2", district: "D2")],
            teams: [TeamPool(name: "songjiao", limit: 2)],
            quotas: [Quota(program: "P1", scope: .district, scopeID: "D1", min: 1, max: 2)],
            holidays: [SmallInstance.date(2)]
        )
    }

    static func read(_ text: String, base: Instance = base()) throws(ScenarioLoadError) -> Scenario {
        try ScenarioReader.read(text: text, file: "s.toml", base: base)
    }

    /// The issues a bad scenario text raises.
    static func issues(_ text: String) -> [ScenarioIssue] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.issues
        }
    }

    /// Writes the result as a plan folder and checks it with the independent checker.
    static func assertPassesChecker(_ result: PlanResult, _ instance: Instance, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-test-\(UUID().uuidString)").path
        try PlanWriter(instance: instance).write(result, to: directory)
        let report = PlanChecker(instance: instance).check(planDirectory: directory)
        XCTAssertTrue(report.isValid, "checker: \(report.violations.map { $0.message(.en) })", file: file, line: line)
        try? FileManager.default.removeItem(atPath: directory)
    }
}
