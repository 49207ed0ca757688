import GLPKSolver
import MIP
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// Reseating (`DecomposedSolve.reseat`): the whole model with the plan's openings fixed, every teacher free.
final class ReseatingTests: XCTestCase {
    typealias S = SmallInstance

    /// Two one-day courses of 2 seats, P1 on Monday and P2 on Tuesday, and four teachers: T1 and T2 at S1,
    /// 0 km from the centre, T3 and T4 at S2, 50 km away (1 per km). A teacher may attend both courses.
    private func twoCourses() -> Instance {
        var weights = S.zeroWeights()
        weights.km = 1
        let teachers = [S.teacher("T1"), S.teacher("T2"), S.teacher("T3", school: "S2"), S.teacher("T4", school: "S2")]
        return S.make(teachers: teachers, programmes: [S.course("P1", quota: 2, window: [0]), S.course("P2", quota: 2, window: [1])],
                      schools: [S.school("S1"), S.school("S2")], weights: weights,
                      distances: ["S1": ["C1": 0], "S2": ["C1": 50]])
    }

    /// Reseats `incumbent` (`DecomposedSolve.reseat`, 10 s, the default options) in the instance's whole model.
    @discardableResult
    private func reseat(_ incumbent: inout Incumbent, _ instance: Instance) -> Bool {
        var options = PlanningOptions()
        options.timeLimit = 30
        let search = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        return search.reseat(&incumbent, ModelBuilder(instance: instance).build(), seconds: 10, bound: BoundThread())
    }

    private func cohort(_ id: String, programme: Int, day: Int, teachers: [Int]) -> Cohort {
        Cohort(id: id, programme: programme, site: 0, sessions: [DateRange(first: S.date(day), last: S.date(day))], teachers: teachers)
    }

    /// The plan sends the far teachers to P1 and the near ones to P2: 2 teachers × 2 × 50 km = 200. Reseated,
    /// the near teachers attend both courses (0), in the same two cohorts on the same dates.
    func testReseatingMovesTeachersBetweenThePlansCohortsAndKeepsThem() throws {
        let instance = twoCourses()
        let start = Plan(cohorts: [cohort("K1", programme: 0, day: 0, teachers: [2, 3]), cohort("K2", programme: 1, day: 1, teachers: [0, 1])])
        var incumbent = Incumbent(instance: instance, plan: start)
        XCTAssertEqual(incumbent.objective, 200, accuracy: 1e-9)

        let finished = reseat(&incumbent, instance)

        XCTAssertTrue(finished)
        XCTAssertEqual(incumbent.objective, 0, accuracy: 1e-9)
        let ids = { (teachers: [Int]) in teachers.map { instance.teachers[$0].id } }
        XCTAssertEqual(incumbent.plan.cohorts.map { ids($0.teachers) }, [["T1", "T2"], ["T1", "T2"]])
        XCTAssertEqual(incumbent.plan.cohorts.map(\.days), start.cohorts.map(\.days), "the cohorts keep their dates")
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
    }

    /// Reseating opens no cohort the plan does not open: with P2 not planned, its seats stay short (the
    /// shortfall weight 1000 per seat would pay for opening it) and only P1's cohort changes hands.
    func testReseatingOpensNoOtherCohort() throws {
        let instance = twoCourses()
        var incumbent = Incumbent(instance: instance, plan: Plan(cohorts: [cohort("K1", programme: 0, day: 0, teachers: [2, 3])]))
        XCTAssertEqual(incumbent.objective, 2 * 1000 + 200, accuracy: 1e-9)

        reseat(&incumbent, instance)

        XCTAssertEqual(incumbent.objective, 2 * 1000, accuracy: 1e-9)
        XCTAssertEqual(incumbent.plan.cohorts.map { instance.programmes[$0.programme].id }, ["P1"])
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
    }

    /// A gain far below the user's gap of the whole objective is still taken: 200 of 20,000,200 (two seats of
    /// P2 short at 10,000,000 each) is 1e-5, and at GLPK's 1e-4 the reseating would stop at the start (the
    /// fixed shortfall is part of its objective).
    func testReseatingTakesAGainBelowTheUsersGap() throws {
        var instance = twoCourses()
        instance.weights.shortfall = 10_000_000
        var incumbent = Incumbent(instance: instance, plan: Plan(cohorts: [cohort("K1", programme: 0, day: 0, teachers: [2, 3])]))
        XCTAssertEqual(incumbent.objective, 20_000_200, accuracy: 1e-6)

        XCTAssertEqual(PlanningOptions().relativeGap, 1e-4, "the user's gap by default")
        reseat(&incumbent, instance)

        XCTAssertEqual(incumbent.objective, 20_000_000, accuracy: 1e-6)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
    }

    /// The improvement stage reseats a new plan before any neighbourhood when the reseating leaves at most
    /// `reseat_column_limit` columns free; above it, only once a pass of neighbourhoods gained nothing (here
    /// the blocks find the same plan first).
    func testTheImprovementStageReseatsFirstOnlyWithinTheColumnLimit() throws {
        let instance = twoCourses()
        let start = Plan(cohorts: [cohort("K1", programme: 0, day: 0, teachers: [2, 3]), cohort("K2", programme: 1, day: 1, teachers: [0, 1])])
        func firstSolve(columnLimit: Int) -> (line: String, objective: Double, reseatings: Int) {
            var options = PlanningOptions()
            options.timeLimit = 30
            options.tuning.reseatColumnLimit = columnLimit
            let (incumbent, log) = improveLogged(instance, from: start, options: options, wholeModel: ModelBuilder(instance: instance).build())
            XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
            return (log.first { $0.contains(" columns") } ?? "", incumbent.objective, log.filter { $0.contains("reseating:") }.count)
        }
        let within = firstSolve(columnLimit: SearchTuning().reseatColumnLimit)
        XCTAssertTrue(within.line.contains("reseating:"), within.line)
        XCTAssertEqual(within.objective, 0, accuracy: 1e-9)
        let above = firstSolve(columnLimit: 0)
        XCTAssertFalse(above.line.contains("reseating"), above.line)
        XCTAssertEqual(above.objective, 0, accuracy: 1e-9)
        XCTAssertGreaterThan(above.reseatings, 0, "a pass that gained nothing is followed by a reseating")
    }
}
