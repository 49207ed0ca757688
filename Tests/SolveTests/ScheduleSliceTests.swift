import GLPKSolver
import MIP
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The "more dates" neighbourhoods (`NeighbourhoodKind.scheduleSlices`): a block whose own solve finds no plan
/// keeps the dates of the fallback (the start's cohorts), and only these small models open cohorts on others.
///
/// A one-day teaching-day course JY for exactly four primary teachers, Monday to Friday, one room. T1 and T2
/// teach at S1, T3 and T4 at S2, and each of those schools may have one teacher away a day (H8). All four are
/// behind on hours (priority reward 50 each); T5 and T6 of S3 are not (reward 0). By hand: on Monday alone
/// the best is one teacher of S1, one of S2, T5 and T6 (−100); with a second date, T1 to T4 (−200). A
/// Saturday course WE for the two junior teachers of S4 comes second in the instance and first in the blocks
/// (it is the scarcer: 2 teachers for 2 seats), so that JY is programme 0 and block 1.
final class ScheduleSliceTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights()
        weights.priority = 50
        let teachers = [S.teacher("T1", school: "S1", cycleHours: 0), S.teacher("T2", school: "S1", cycleHours: 0),
                        S.teacher("T3", school: "S2", cycleHours: 0), S.teacher("T4", school: "S2", cycleHours: 0),
                        S.teacher("T5", school: "S3"), S.teacher("T6", school: "S3"),
                        S.teacher("W1", school: "S4", stage: .junior), S.teacher("W2", school: "S4", stage: .junior)]
        let weekend = with(S.course("WE", quota: 2, window: [5])) {
            $0.stages = [.junior]
            $0.dayTypes = [.weekend]
        }
        let course = with(S.course("JY", quota: 4, window: Array(0...4))) {
            $0.quotaMax = 4
            $0.stages = [.primary]
            $0.dayTypes = [.teaching]
        }
        return S.make(teachers: teachers, programmes: [course, weekend], sites: [S.center(rooms: 1)],
                      schools: [S.school("S1", maxAway: 1), S.school("S2", maxAway: 1), S.school("S3"), S.school("S4")],
                      weights: weights)
    }

    private let saturday = Cohort(id: "WE-1", programme: 1, site: 0, sessions: [DateRange(first: S.date(5), last: S.date(5))],
                                  teachers: [6, 7])
    /// WE as it must be, and T1, T3, T5 and T6 in JY on Monday: the best plan with JY on that one date.
    private var mondayPlan: Plan {
        Plan(cohorts: [saturday, Cohort(id: "JY-1", programme: 0, site: 0, sessions: [DateRange(first: S.date(0), last: S.date(0))],
                                        teachers: [0, 2, 4, 5])])
    }
    private let jyBlock = 1

    /// The columns of JY's block alone: a solver that cannot solve models this large cannot solve that block,
    /// and still solves its slices (three of its five dates) and WE's block.
    private func jyBlockColumns(_ instance: Instance) -> Int {
        ModelBuilder(instance: instance, scope: { $0.programme == 0 }).build().mip.variables.count
    }

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
        var tuning = SearchTuning()
        tuning.scheduleSliceCandidates = 2
        let decomposition = Decomposition(instance: instance, tuning: tuning)
        XCTAssertEqual(decomposition.blocks[jyBlock].name, "JY")
        let slices = decomposition.scheduleSlices[jyBlock]
        XCTAssertEqual(slices.map(\.candidates.count), [2, 2, 1])
        let search = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
        func resolve(_ schedules: BlockSchedules) throws -> Plan {
            let plan = try XCTUnwrap(search.resolve([decomposition.blocks[jyBlock]], in: mondayPlan, seconds: 20, columnLimit: nil,
                                                    schedules: schedules, teachers: .likely).plan)
            XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
            return plan
        }
        XCTAssertEqual(PlanMetrics(instance: instance, plan: try resolve(.planned)).objective, -100, accuracy: 1e-9)
        let sliced = try resolve(.plannedAnd(slices[0]))
        XCTAssertEqual(PlanMetrics(instance: instance, plan: sliced).objective, -200, accuracy: 1e-9)
        XCTAssertEqual(Set(sliced.cohorts.filter { $0.programme == 0 }.flatMap(\.days)), [S.date(0), S.date(3)])
    }

    /// The construction marks the block whose own solve found nothing (JY: block 1, programme 0), not the
    /// one it solved (WE).
    func testTheConstructionMarksTheBlockOnTheFallbacksDates() {
        let instance = instance()
        let solver = ScriptedSolver(.mipsUnsolvedAbove(columns: jyBlockColumns(instance) - 5), delegate: GLPKSolver())
        let solve = DecomposedSolve(instance: instance, solver: solver, options: PlanningOptions(), clock: .now)
        let construction = solve.construct(Decomposition(instance: instance, tuning: SearchTuning()), startingFrom: mondayPlan)
        XCTAssertEqual(construction.unfinishedBlocks, [jyBlock])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: construction.plan).objective, -100, accuracy: 1e-9, "JY kept Monday")
    }

    /// The improvement stage from Monday, with GLPK unable to solve JY's block (as a county's 2-day teaching
    /// course under 5 % away caps): with JY's block on the fallback's dates its slices reach −200, and only
    /// JY's are solved; without slices (one would be the whole block), or with no block on the fallback's
    /// dates, the plan stays at −100.
    func testTheSearchOpensMoreDatesOnlyForABlockOnTheFallbacksDates() throws {
        let instance = instance()
        let solver = ScriptedSolver(.mipsUnsolvedAbove(columns: jyBlockColumns(instance) - 5), delegate: GLPKSolver())
        func improve(unfinishedBlocks: Set<Int>, candidatesPerSlice: Int) -> (objective: Double, slicesSolved: [String]) {
            let log = LogLines()
            var options = PlanningOptions()
            options.timeLimit = 20
            options.tuning.scheduleSliceCandidates = candidatesPerSlice
            options.log = { log.append($0) }
            let search = DecomposedSolve(instance: instance, solver: solver, options: options, clock: .now)
            var incumbent = Incumbent(instance: instance, plan: mondayPlan)
            search.improve(&incumbent, Decomposition(instance: instance, tuning: options.tuning), bound: BoundThread(), relaxationExpected: false, wholeModelColumns: nil,
                           unfinishedBlocks: unfinishedBlocks)
            XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
            return (incumbent.objective, log.lines.filter { $0.contains("slice") && $0.contains("columns") })
        }
        let sliced = improve(unfinishedBlocks: [jyBlock], candidatesPerSlice: 2)
        XCTAssertEqual(sliced.objective, -200, accuracy: 1e-9)
        XCTAssertFalse(sliced.slicesSolved.isEmpty)
        XCTAssertTrue(sliced.slicesSolved.allSatisfy { $0.contains("  JY (planned schedules and slice ") }, "\(sliced.slicesSolved)")
        XCTAssertEqual(improve(unfinishedBlocks: [jyBlock], candidatesPerSlice: 5).objective, -100, accuracy: 1e-9)
        let unmarked = improve(unfinishedBlocks: [], candidatesPerSlice: 2)
        XCTAssertEqual(unmarked.objective, -100, accuracy: 1e-9)
        XCTAssertEqual(unmarked.slicesSolved, [])
    }

    /// Seat filling on other dates. JY's cohorts take at most two teachers and its one room one cohort a day;
    /// Monday's cohort is full (T1 and T3), so over the planned schedules JY stays two seats short. With GLPK
    /// unable to solve JY's whole block (as a county's 368-seat teaching course within the stage's time), a
    /// slice holding Thursday (Monday and Thursday, every third of the five dates) opens a second cohort there.
    func testSeatFillingOpensACohortOnAnotherDate() throws {
        var instance = instance()
        instance.programmes[0].cohortMax = 2
        instance.weights.shortfall = 100_000
        let monday = Plan(cohorts: [saturday, Cohort(id: "JY-1", programme: 0, site: 0,
                                                     sessions: [DateRange(first: S.date(0), last: S.date(0))], teachers: [0, 2])])
        let solver = ScriptedSolver(.mipsUnsolvedAbove(columns: jyBlockColumns(instance) - 5), delegate: GLPKSolver())
        var options = PlanningOptions()
        options.timeLimit = 20
        options.tuning.scheduleSliceCandidates = 2
        let search = DecomposedSolve(instance: instance, solver: solver, options: options, clock: .now)
        var incumbent = Incumbent(instance: instance, plan: monday)
        XCTAssertEqual(incumbent.seatsShort, 2)
        _ = search.fillSeats(&incumbent, Decomposition(instance: instance, tuning: options.tuning), bound: BoundThread())
        XCTAssertEqual(incumbent.seatsShort, 0)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
        let jy = incumbent.plan.cohorts.filter { $0.programme == 0 }
        XCTAssertEqual(Set(jy.flatMap(\.days)), [S.date(0), S.date(3)])
        XCTAssertEqual(jy.map(\.teachers.count), [2, 2])
    }

    /// A shortfall the seat bound proves costs the stage no "more dates" models: with a quota of 7 for the six
    /// primary teachers, all six already in three full cohorts, the one seat left is unavoidable (the seat LP
    /// proves it) and no slice is solved (county-tight-quotas-s1's 36 unavoidable seats: slices solved before
    /// the seat bound took its seat stage and left its plan at 1.48 % instead of 0.052 %).
    func testAProvenShortfallSolvesNoSlice() throws {
        var instance = instance()
        instance.programmes[0].cohortMax = 2
        instance.programmes[0].quotaMin = .seats(7)
        instance.programmes[0].quotaMax = 7
        instance.weights.shortfall = 100_000
        let cohorts = [[0, 2], [1, 3], [4, 5]].enumerated().map { day, teachers in
            Cohort(id: "JY-\(day)", programme: 0, site: 0, sessions: [DateRange(first: S.date(day), last: S.date(day))], teachers: teachers)
        }
        let log = LogLines()
        var options = PlanningOptions()
        options.timeLimit = 20
        options.tuning.scheduleSliceCandidates = 2
        options.log = { log.append($0) }
        let search = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        var incumbent = Incumbent(instance: instance, plan: Plan(cohorts: [saturday] + cohorts))
        XCTAssertEqual(incumbent.seatsShort, 1)
        let proven = search.fillSeats(&incumbent, Decomposition(instance: instance, tuning: options.tuning), bound: BoundThread())
        XCTAssertEqual(proven, ["JY": 1])
        XCTAssertEqual(incumbent.seatsShort, 1)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
        XCTAssertEqual(log.lines.filter { $0.contains("slice") }, [])
    }
}
