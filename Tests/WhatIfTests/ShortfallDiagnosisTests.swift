import TestSupport
import TrainPlanCore
import XCTest

/// The diagnosis names the rules whose lifting fills seats, and only those.
final class ShortfallDiagnosisTests: XCTestCase {
    func testAwayCapBindsAndRoomsDoNot() throws {
        // Three teachers of one school, a one-day horizon (Monday), one teacher away at a time.
        var school = SmallInstance.school("S1")
        school.maxAway = 1
        let instance = SmallInstance.make(
            teachers: ["T1", "T2", "T3"].map { SmallInstance.teacher($0) },
            programmes: [SmallInstance.course("P", quota: 3)], schools: [school], days: 1
        )
        let plan = try PlanSolver(instance: instance, solver: testSolver).solve().plan
        let findings = try ShortfallDiagnosis(instance: instance, plan: plan, timeLimit: 30, solver: testSolver).diagnose()
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings[0].shortfall, 2)
        XCTAssertEqual(findings[0].binding.map(\.family), [.schoolAwayCaps])
        XCTAssertEqual(findings[0].binding.map(\.filled), [2])
        XCTAssertEqual(findings[0].message(.en), "P (P) short by 2: school away caps bind (relaxing them fills 2)")
        XCTAssertEqual(findings[0].message(.zh), "P（P）缺 2 人：学校单日外出上限起约束作用（放宽后可补 2 人）")
    }

    func testWeekendsOutsideTheWindowAlsoFillTheSeats() throws {
        // The same on Monday of a whole week: lifting the window lets the course run on the weekend,
        // where away caps do not apply, so both families are named.
        var school = SmallInstance.school("S1")
        school.maxAway = 1
        let instance = SmallInstance.make(
            teachers: ["T1", "T2", "T3"].map { SmallInstance.teacher($0) },
            programmes: [SmallInstance.course("P", quota: 3, window: [0])], schools: [school]
        )
        let plan = try PlanSolver(instance: instance, solver: testSolver).solve().plan
        let findings = try ShortfallDiagnosis(instance: instance, plan: plan, timeLimit: 30, solver: testSolver).diagnose()
        XCTAssertEqual(findings.first?.binding.map(\.family), [.schoolAwayCaps, .schedulingWindows])
    }

    func testNoShortfallNeedsNoDiagnosis() throws {
        let instance = SmallInstance.make(teachers: [SmallInstance.teacher("T1")], programmes: [SmallInstance.course("P", quota: 1)])
        let plan = try PlanSolver(instance: instance, solver: testSolver).solve().plan
        XCTAssertTrue(try ShortfallDiagnosis(instance: instance, plan: plan, timeLimit: 10, solver: testSolver).diagnose().isEmpty)
    }

    func testTooFewTeachersIsNoRule() throws {
        let instance = SmallInstance.make(teachers: [SmallInstance.teacher("T1")], programmes: [SmallInstance.course("P", quota: 2)])
        let plan = try PlanSolver(instance: instance, solver: testSolver).solve().plan
        let findings = try ShortfallDiagnosis(instance: instance, plan: plan, timeLimit: 10, solver: testSolver).diagnose()
        XCTAssertEqual(findings.first?.binding.count, 0)
        XCTAssertTrue(findings.first?.message(.en).contains("no single family of rules explains it") ?? false)
    }
}
