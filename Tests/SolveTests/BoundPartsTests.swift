import GLPKSolver
import MIP
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The parts of the decomposed bound: a 送教 programme bounded 学区 by 学区, the first multipliers, and
/// programmes of one exclusive group bounded together.
final class BoundPartsTests: XCTestCase {
    typealias S = SmallInstance

    /// Four teachers with no hours yet (reward 50 each) in two 学区: a one-day course every one of them must
    /// attend (10 points a teaching day), and a weekend 送教 in their own 学区 with a sub-quota of 2 in each
    /// (5 points a weekend day). Optimum: 4 × 10 + 4 × 5 − 4 × 50 (each reward once) = −140.
    private func courseAndSongjiao() -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.teachingDay = 10
        weights.weekendDay = 5
        weights.priority = 50
        let districts = ["A", "B"]
        let schools = districts.map { S.school("S\($0)", district: $0) }
        let sites = [S.center()] + districts.map {
            Site(id: "SJ\($0)", name: "SJ\($0)", kind: .songjiao, latitude: 30, longitude: 110, district: $0)
        }
        let teachers = districts.flatMap { district in (1...2).map { S.teacher("T\(district)\($0)", school: "S\(district)", cycleHours: 0) } }
        let course = with(S.course("P1", quota: 0, window: [0])) {
            $0.quotaMin = .allEligible
            $0.sites = ["C1"]
        }
        let songjiao = with(S.course("SJ", quota: 4, window: [5])) {
            $0.mode = .songjiao
            $0.homeDistrict = true
            $0.sites = ["SJA", "SJB"]
        }
        return S.make(teachers: teachers, programmes: [course, songjiao], sites: sites, schools: schools, weights: weights,
                      quotas: districts.map { Quota(program: "SJ", scope: .district, scopeID: $0, min: 2) })
    }

    private func search(_ instance: Instance) -> DecomposedSolve {
        var options = PlanningOptions()
        options.timeLimit = 60
        return DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
    }

    /// The first pass publishes as it goes: after P1's LP, P1's bound plus the 送教 programme at its least
    /// objective over its columns' bounds (a programme whose LP takes half a minute left a district solve
    /// without any bound until then); after the 送教 programme, the pass's bound.
    func testAPassTellsItsBoundSoFarAfterEachProgramme() throws {
        let instance = courseAndSongjiao()
        let solve = search(instance)
        let blocks = Decomposition(instance: instance, tuning: PlanningOptions().tuning).programmeBlocks
        let models = solve.boundModels(blocks, multipliers: [:])
        var memory = BoundMemory(merged: [])
        var partials: [Double] = []
        let pass = try solve.boundPass(blocks, models, multipliers: [:], seconds: { _ in 10 }, memory: &memory) { partials.append($0) }
        let course = try XCTUnwrap(pass.parts[0])
        XCTAssertEqual(course, 4 * 10 - 4 * 50, accuracy: 1e-6, "everyone attends the course, each earning the reward")
        XCTAssertEqual(partials.count, 2)
        XCTAssertEqual(partials[0], course + models[1].mip.leastObjectiveOverBounds, accuracy: 1e-6)
        XCTAssertEqual(partials[1], pass.bound, accuracy: 1e-6)
        XCTAssertLessThan(partials[0], partials[1])
        XCTAssertLessThanOrEqual(pass.bound, -140 + 1e-6, "no bound above the optimum")
    }

    /// Everyone must attend P1, so every reward is earned: λ = reward for all four from the start.
    func testTeachersOfAProgrammeForEveryoneStartAtTheirWholeReward() {
        XCTAssertEqual(search(courseAndSongjiao()).certainlyTrainedMultipliers(), [0: 50, 1: 50, 2: 50, 3: 50])
    }

    /// With λ = 50 for everyone, the 送教 part by 学区 is its cost alone (2 × 5 in each); the same 学区 LPs
    /// without the multipliers counted each reward again (2 × 5 − 100 each), and the bound fell 200 below
    /// the optimum, which is what left a dense 送教 county 3.9 % from its plan.
    func testDistrictPartsCarryTheMultipliers() throws {
        let instance = courseAndSongjiao()
        let solve = search(instance)
        let multipliers = solve.certainlyTrainedMultipliers()
        let part = try XCTUnwrap(solve.districtsBound(of: 1, multipliers: multipliers, seconds: 10))
        XCTAssertEqual(part.bound, 20, accuracy: 1e-6)
        XCTAssertEqual(part.training.keys.sorted(), [0, 1, 2, 3], "each 学区 LP trains its two teachers")
        for share in part.training.values { XCTAssertEqual(share, 1, accuracy: 1e-9) }
        XCTAssertEqual(try XCTUnwrap(solve.districtsBound(of: 1, multipliers: [:], seconds: 10)).bound, -180, accuracy: 1e-6)
        XCTAssertNil(try solve.districtsBound(of: 0, multipliers: multipliers, seconds: 10), "P1 has no 学区 blocks")
    }

    /// Two one-day 国培 courses of an exclusive group, 2 seats each, for the same two teachers (10 points a
    /// teaching day, 1,000 a seat short). Each teacher attends one of them at most, so every plan leaves two
    /// seats short: 2 × 10 + 2 × 1,000 = 2,020. Bounded apart, each course trains both (20 + 20 = 40); merged
    /// into one LP, the exclusive rule counts and the bound is the optimum.
    func testProgrammesOfOneExclusiveGroupAreBoundedTogether() throws {
        var weights = S.zeroWeights(shortfall: 1000)
        weights.teachingDay = 10
        let courses = [S.course("GP1", quota: 2, window: [0]), S.course("GP2", quota: 2, window: [1]), S.course("HJ", quota: 0, window: [2])]
            .map { course in with(course) { $0.exclusive = $0.id.hasPrefix("GP") ? "国培" : nil } }
        let instance = S.make(teachers: [S.teacher("T1"), S.teacher("T2")], programmes: courses, weights: weights)
        func bound(columnLimit: Int) throws -> Double? {
            var options = PlanningOptions()
            options.timeLimit = 60
            options.tuning.boundLPColumnLimit = columnLimit
            let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
            let blocks = Decomposition(instance: instance, tuning: options.tuning).programmeBlocks
            let columns = solve.boundModels(blocks, multipliers: [:]).map(\.mip.variables.count)
            XCTAssertEqual(solve.exclusiveParts(blocks, columns: columns).map { $0.map { blocks[$0].programme } },
                           columnLimit >= columns[0] + columns[1] ? [[0, 1]] : [])
            let shared = BoundThread()
            try solve.searchBound(blocks, multipliers: [:], wholeModel: nil, into: shared)
            return shared.bound
        }
        XCTAssertEqual(try XCTUnwrap(bound(columnLimit: 50_000)), 2020, accuracy: 1e-6)
        XCTAssertEqual(try XCTUnwrap(bound(columnLimit: 1)), 40, accuracy: 1e-6, "too large to merge: each course alone")
    }

    /// A programme whose LP does not finish in its share (here 24 s of a 60 s solve: 0.4 of the time for all
    /// the columns) goes on from the basis where it stopped for as long again. Two teachers, one one-day
    /// course needing both (10 points a teaching day): its LP bound is 20, and without the LP nothing better
    /// than 0 is known.
    func testAnLPUnfinishedInItsShareGoesOnFromWhereItStopped() throws {
        var weights = S.zeroWeights(shortfall: 1000)
        weights.teachingDay = 10
        let instance = S.make(teachers: [S.teacher("T1"), S.teacher("T2")], programmes: [S.course("P1", quota: 2, window: [0])], weights: weights)
        func bound(lpNeeds seconds: Double) throws -> Double? {
            var options = PlanningOptions()
            options.timeLimit = 60
            options.tuning.integerBoundShare = 0  // the LPs alone: the integer pass would prove 20 by its MIP
            let solver = ScriptedSolver(.relaxationsNeedSeconds(seconds), delegate: GLPKSolver())
            let solve = DecomposedSolve(instance: instance, solver: solver, options: options, clock: .now)
            let shared = BoundThread()
            try solve.searchBound(Decomposition(instance: instance, tuning: options.tuning).programmeBlocks, multipliers: [:],
                                  wholeModel: nil, into: shared)
            return shared.bound
        }
        XCTAssertEqual(try XCTUnwrap(bound(lpNeeds: 1)), 20, accuracy: 1e-6, "finished in its share")
        XCTAssertEqual(try XCTUnwrap(bound(lpNeeds: 30)), 20, accuracy: 1e-6, "finished when it went on from its basis")
        XCTAssertLessThan(try XCTUnwrap(bound(lpNeeds: 50)), 20 - 1e-6, "not even in twice its share")
    }

    /// No LP finishes, but each leaves its last basis's duals, scripted as the optimum's duals times the share
    /// of the 100 s it needs that it had: the programme's 24 s share (0.4 of 60 s) gives L(0.24·y*), and going
    /// on from that basis for 24 s more, L(0.48·y*), which replaces it (counted once). Before, an unfinished LP
    /// left the programme only its objective's least value over the bounds (0 here).
    func testAnLPStoppedEarlyStillBoundsItsProgrammeByItsDuals() throws {
        var weights = S.zeroWeights(shortfall: 1000)
        weights.teachingDay = 10
        let instance = S.make(teachers: [S.teacher("T1"), S.teacher("T2")], programmes: [S.course("P1", quota: 2, window: [0])], weights: weights)
        var options = PlanningOptions()
        options.timeLimit = 60
        options.tuning.integerBoundShare = 0  // the LPs alone: the integer pass would prove 20 by its MIP
        let solve = DecomposedSolve(instance: instance, solver: ScriptedSolver(.relaxationsStopEarly(needSeconds: 100), delegate: GLPKSolver()),
                                    options: options, clock: .now)
        let blocks = Decomposition(instance: instance, tuning: options.tuning).programmeBlocks
        let shared = BoundThread()
        try solve.searchBound(blocks, multipliers: [:], wholeModel: nil, into: shared)

        let model = solve.boundModel(blocks, multipliers: [:]).mip
        var lp = SolverOptions()
        lp.relaxation = true
        let optimum = try GLPKSolver().solve(model, options: lp)
        XCTAssertEqual(try XCTUnwrap(optimum.objective), 20, accuracy: 1e-6, "two teachers, one teaching day at 10")
        let firstTry = model.lagrangian(rowDuals: optimum.duals.map { $0 * 0.24 }).bound
        let retry = model.lagrangian(rowDuals: optimum.duals.map { $0 * 0.48 }).bound
        XCTAssertGreaterThan(firstTry, 0)
        XCTAssertGreaterThan(retry, firstTry + 1e-6)
        XCTAssertEqual(try XCTUnwrap(shared.bound), retry, accuracy: 1e-6)
    }
}
