import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The "more dates" neighbourhoods (`NeighbourhoodKind.scheduleSlices`): a block whose own solve finds no plan
/// keeps the dates of the fallback (the start's cohorts), and only these small models open cohorts on others.
///
/// A one-day teaching-day course for exactly four teachers, Monday to Friday, one room. T1 and T2 teach at
/// S1, T3 and T4 at S2, and each of those schools may have one teacher away a day (H8). All four are behind
/// on hours (priority reward 50 each); T5 and T6 of S3 are not (reward 0). By hand: on Monday alone the best
/// is one teacher of S1, one of S2, T5 and T6 (−100); with a second date, T1 to T4 (−200).
final class ScheduleSliceTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights()
        weights.priority = 50
        let teachers = [S.teacher("T1", school: "S1", cycleHours: 0), S.teacher("T2", school: "S1", cycleHours: 0),
                        S.teacher("T3", school: "S2", cycleHours: 0), S.teacher("T4", school: "S2", cycleHours: 0),
                        S.teacher("T5", school: "S3"), S.teacher("T6", school: "S3")]
        let course = with(S.course("JY", quota: 4, window: Array(0...4))) {
            $0.quotaMax = 4
            $0.dayTypes = [.teaching]
        }
        return S.make(teachers: teachers, programmes: [course], sites: [S.center(rooms: 1)],
                      schools: [S.school("S1", maxAway: 1), S.school("S2", maxAway: 1), S.school("S3")], weights: weights)
    }

    /// T1, T3, T5 and T6 on Monday: the best plan on that one date.
    private let mondayPlan = Plan(cohorts: [
        Cohort(id: "JY-1", programme: 0, site: 0, sessions: [DateRange(first: S.date(0), last: S.date(0))], teachers: [0, 2, 4, 5]),
    ])

    func testSlicesTakeEveryCountthCandidateInDateOrder() {
        let keys = (0..<20).map { CandidateKey(programme: 0, site: 0, sessions: [DateRange(first: S.date($0), last: S.date($0))]) }
        let slices = ScheduleSlice.slices(of: keys, perSlice: 8)
        XCTAssertEqual(slices.count, 3)
        XCTAssertEqual(slices[1].candidates, Set([1, 4, 7, 10, 13, 16, 19].map { keys[$0] }), "each slice spans the whole window")
        XCTAssertEqual(slices.reduce(0) { $0 + $1.candidates.count }, 20)
        XCTAssertEqual(slices.reduce(into: Set<CandidateKey>()) { $0.formUnion($1.candidates) }, Set(keys), "every candidate in one slice")
        XCTAssertEqual(ScheduleSlice.slices(of: keys, perSlice: 20), [], "one slice is the whole block")
    }

    /// Over the planned date alone the away caps hold the plan at −100; the planned date and a slice holding
    /// Thursday (Monday and Thursday, every third of the five dates) reach −200.
    func testASliceOpensACohortOnAnotherDate() throws {
        let instance = instance()
        XCTAssertEqual(PlanMetrics(instance: instance, plan: mondayPlan).objective, -100, accuracy: 1e-9)
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        let slices = decomposition.scheduleSlices(ofBlock: 0, candidatesPerSlice: 2)
        XCTAssertEqual(slices.map(\.candidates.count), [2, 2, 1])
        let search = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)

        let planned = try XCTUnwrap(search.resolve(decomposition.blocks, in: mondayPlan, seconds: 20, columnLimit: nil,
                                                   schedules: .planned, teachers: .likely).plan)
        XCTAssertEqual(PlanMetrics(instance: instance, plan: planned).objective, -100, accuracy: 1e-9)

        let sliced = try XCTUnwrap(search.resolve(decomposition.blocks, in: mondayPlan, seconds: 20, columnLimit: nil,
                                                  schedules: .plannedAnd(slices[0]), teachers: .likely).plan)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: sliced).map(\.rule), [])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: sliced).objective, -200, accuracy: 1e-9)
        XCTAssertEqual(Set(sliced.cohorts.flatMap(\.days)), [S.date(0), S.date(3)])
    }

    /// The whole pipeline, with GLPK unable to solve the course's block (as on a county's 2-day teaching
    /// course under 5 % away caps) and the plan started from Monday: the slices reach −200; without them
    /// (one slice would be the whole block) the plan stays at −100.
    func testTheSearchOpensMoreDatesForABlockGLPKCannotSolve() throws {
        let instance = instance()
        let blockColumns = ModelBuilder(instance: instance).build().mip.variables.count
        func solve(candidatesPerSlice: Int) throws -> CheckedSolve {
            var options = PlanningOptions()
            options.timeLimit = 20
            options.tuning.wholeModelColumnLimit = 0
            options.tuning.wholeModelLPColumnLimit = 0
            options.tuning.scheduleSliceCandidates = candidatesPerSlice
            options.startingPlan = mondayPlan
            options.planKeepsRules = { instance, plan in PlanChecker(instance: instance).violations(of: plan).isEmpty }
            let solver = ScriptedSolver(.mipsUnsolvedAbove(columns: blockColumns - 1), delegate: GLPKSolver())
            let checked = try SolveAndCheck.check(PlanSolver(instance: instance, solver: solver).solve(options), instance)
            XCTAssertTrue(checked.report.isValid, "\(checked.report.violations)")
            return checked
        }
        XCTAssertEqual(PlanMetrics(instance: instance, plan: GreedyPlanner(instance: instance).plan()).objective, -100,
                       accuracy: 1e-9, "the greedy plan is no better than the start")
        XCTAssertEqual(try solve(candidatesPerSlice: 2).result.metrics.objective, -200, accuracy: 1e-9)
        XCTAssertEqual(try solve(candidatesPerSlice: 5).result.metrics.objective, -100, accuracy: 1e-9)
    }
}
