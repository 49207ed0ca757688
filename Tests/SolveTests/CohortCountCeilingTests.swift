import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// A quota maximum caps the number of cohorts (`addCohortCountCeiling`).
///
/// Five teachers of one school (soft limit 1 of 5 at share 0.25) fill a quota of exactly 5 in a one-day course
/// on Monday, Tuesday or Wednesday, cohorts of at least 2 (100 points each), each teacher-day beyond the soft
/// limit 200. By hand: one cohort of 5 costs 100 + 4 · 200 = 900; two cohorts of 3 and 2 cost 200 + 3 · 200 =
/// 800; three cohorts would need 6 teachers. The LP without the ceiling opens 2.5 cohorts of 2 (each lets one
/// teacher go free): 250 + 2.5 · 200 = 750.
final class CohortCountCeilingTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights()
        weights.concentration = 200
        var defaults = Defaults()
        defaults.softAwayShare = 0.25
        let course = with(S.course("P1", quota: 5, window: [0, 1, 2])) {
            $0.cohortCost = 100
            $0.cohortMin = 2
        }
        return S.make(teachers: (1...5).map { S.teacher("T\($0)") }, programmes: [course], weights: weights, defaults: defaults)
    }

    func testTheLPOpensNoMoreCohortsThanTheQuotaMaximumAllows() throws {
        XCTAssertEqual(try XCTUnwrap(SolveAndCheck.relaxationObjective(instance())), 800, accuracy: 1e-6)
    }

    func testTheSolveProvesTheTwoCohortPlan() throws {
        var options = PlanningOptions()
        options.timeLimit = 20
        let solved = try SolveAndCheck.run(instance(), options: options)
        XCTAssertEqual(solved.result.objective, 800, accuracy: 1e-6)
        XCTAssertEqual(solved.result.status, .optimal)
        XCTAssertEqual(solved.result.plan.cohorts.map(\.teachers.count).sorted(), [2, 3])
        XCTAssertEqual(solved.report.violations.map(\.rule), [])
    }
}
