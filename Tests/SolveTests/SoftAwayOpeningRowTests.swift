import GLPKSolver
import MIP
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The soft limit on teachers away counts only on a date with a cohort open (`addSoftAwayOpeningRow`).
///
/// Two teachers of one school must take a one-day course (100 points a cohort) on Monday or Tuesday; the
/// school's soft limit is one teacher away a day (soft_away_share 0.5 of 2), each teacher beyond it costs
/// 30. By hand: one cohort with both costs 100 + 30 = 130, two cohorts of one cost 200, so 130 is optimal.
/// Without the row the LP opens half a cohort each day with one teacher in each: 100 and no excess.
final class SoftAwayOpeningRowTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights()
        weights.concentration = 30
        var defaults = Defaults()
        defaults.softAwayShare = 0.5
        let course = with(S.course("P1", quota: 2, window: [0, 1])) { $0.cohortCost = 100 }
        return S.make(teachers: [S.teacher("T1"), S.teacher("T2")], programmes: [course], weights: weights, defaults: defaults)
    }

    func testTheLPPaysTheExcessOfTeachersSpreadOverFractionalCohorts() throws {
        XCTAssertEqual(try XCTUnwrap(SolveAndCheck.relaxationObjective(instance())), 130, accuracy: 1e-6)
    }

    func testTheSolveProvesTheOneCohortPlan() throws {
        let instance = instance()
        var options = PlanningOptions()
        options.timeLimit = 20
        let result = try PlanSolver(instance: instance, solver: GLPKSolver()).solve(options)
        XCTAssertEqual(result.objective, 130, accuracy: 1e-6)
        XCTAssertEqual(result.status, .optimal)
        XCTAssertEqual(result.plan.cohorts.map(\.teachers.count), [2])
        XCTAssertEqual(result.metrics.concentrationCost, 30, accuracy: 1e-6)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: result.plan).map(\.rule), [])
    }

    /// The row is per programme. S1's T1 and T2 (soft limit 1) are the only teachers of P1 as above; P2 (free
    /// cohorts of at most 2 at C2, one room) must seat 4, so it runs one cohort each day, all of them S2's
    /// teachers (soft limit 2 of 4: no excess), though S1's may take it too. By hand P2 costs 0 and P1 130.
    /// A row over all of a date's cohorts would let P2's open cohort pay S1's soft limit on both days: the LP
    /// then puts one P1 teacher on each with half a cohort, 100 and no excess.
    func testAnotherProgrammesCohortsDoNotPayForTheSoftLimit() throws {
        var weights = S.zeroWeights()
        weights.concentration = 30
        var defaults = Defaults()
        defaults.softAwayShare = 0.5
        let primaryCourse = with(S.course("P1", quota: 2, window: [0, 1])) {
            $0.cohortCost = 100
            $0.stages = [.primary]
            $0.sites = ["C1"]
        }
        let openCourse = with(S.course("P2", quota: 4, window: [0, 1])) {
            $0.cohortMax = 2
            $0.sites = ["C2"]
        }
        let teachers = [S.teacher("T1"), S.teacher("T2")]
            + (3...6).map { S.teacher("T\($0)", school: "S2", stage: .junior) }
        let instance = S.make(teachers: teachers, programmes: [primaryCourse, openCourse], sites: [S.center("C1"), S.center("C2")],
                              schools: [S.school("S1"), S.school("S2")], weights: weights, defaults: defaults)
        try assertTheLPIsTheProvenOptimum(instance, 130)
    }

    /// The row over all of a date's programmes is kept beside the rows per programme. Two one-day courses,
    /// P1 and P2, each seat exactly 10 of one school's 20 teachers (soft limit 5) in cohorts of at most 10
    /// (100 points each) on any of ten weekdays; a teacher-day above the soft limit costs 10. By hand: one
    /// cohort of each on different days costs 200 + 2 · 5 · 10 = 300; splitting a course into two cohorts of
    /// 5 saves 50 and costs 100. The LP may open each course a tenth of a cohort a day with one teacher: per
    /// programme, 1 ≤ 5 · 0.1 + excess leaves half a teacher-day a day, 250 in all; over both, 2 ≤ 5 · 0.2 +
    /// excess, a whole one, 300.
    func testTheSoftLimitCountsEveryProgrammeOfTheDate() throws {
        var weights = S.zeroWeights()
        weights.concentration = 10
        var defaults = Defaults()
        defaults.softAwayShare = 0.25
        let weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
        let courses = ["P1", "P2"].map { id in
            with(S.course(id, quota: 10, window: weekdays)) {
                $0.cohortCost = 100
                $0.cohortMax = 10
            }
        }
        let instance = S.make(teachers: (1...20).map { S.teacher("T\($0)") }, programmes: courses, sites: [S.center(rooms: 2)],
                              weights: weights, defaults: defaults, days: 14)
        try assertTheLPIsTheProvenOptimum(instance, 300)
    }

    /// The LP's optimum is `objective`, and a solve proves a plan of that cost optimal and the checker passes it.
    private func assertTheLPIsTheProvenOptimum(_ instance: Instance, _ objective: Double,
                                               file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try XCTUnwrap(SolveAndCheck.relaxationObjective(instance)), objective, accuracy: 1e-6, file: file, line: line)
        var options = PlanningOptions()
        options.timeLimit = 20
        let solved = try SolveAndCheck.run(instance, options: options)
        XCTAssertEqual(solved.result.objective, objective, accuracy: 1e-6, file: file, line: line)
        XCTAssertEqual(solved.result.status, .optimal, file: file, line: line)
        XCTAssertEqual(solved.report.violations.map(\.rule), [], file: file, line: line)
    }
}
