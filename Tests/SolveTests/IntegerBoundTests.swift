import GLPKSolver
import MIP
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The cohort-count columns (`addSiteCohortCountColumns`) and the bound's integer pass (`integerPass`).
///
/// A weekend 送教 SJ in two 学区, A and B, with a sub-quota of 4 in each and classes of at most 4 (100 points a
/// cohort). Each 学区 has two 送教 points, X and Y, 250 km apart, and three teachers at a school beside each
/// (a trip to the far point costs 2 × 250 = 500 points). Saturday or Sunday. By hand, per 学区: one cohort
/// takes the three teachers beside it and one from the far school (100 + 500), two cohorts take four teachers
/// from beside them (200), so the optimum is 200 a 学区, 400 in all. The LP may open 4/3 of a cohort: each
/// opening brings at most the three teachers beside it (x ≤ 3·y for a school of three), 133⅓ a 学区. No quota is
/// a fraction of a class (4 of 4), so the quota's cohort cut (`addCohortCountCut`) does not round it up.
final class IntegerBoundTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.km = 1
        let districts = ["A", "B"]
        let points = ["X", "Y"]
        let schools = districts.flatMap { district in points.map { S.school("S\(district)\($0)", district: district) } }
        let sites = districts.flatMap { district in points.map {
            Site(id: "SJ\(district)\($0)", name: "SJ\(district)\($0)", kind: .songjiao, latitude: 30, longitude: 110, district: district)
        } }
        var distances: [String: [String: Double]] = [:]
        for district in districts {
            for school in points {
                for site in points { distances["S\(district)\(school)", default: [:]]["SJ\(district)\(site)"] = school == site ? 0 : 250 }
            }
        }
        let teachers = schools.flatMap { school in (1...3).map { S.teacher("\(school.id)-\($0)", school: school.id) } }
        let songjiao = with(S.course("SJ", quota: 8, window: [5, 6])) {
            $0.mode = .songjiao
            $0.homeDistrict = true
            $0.sites = sites.map(\.id)
            $0.cohortMax = 4
            $0.cohortCost = 100
        }
        return S.make(teachers: teachers, programmes: [songjiao], sites: sites, schools: schools, weights: weights,
                      quotas: districts.map { Quota(program: "SJ", scope: .district, scopeID: $0, min: 4) }, distances: distances)
    }

    /// The decision columns of the largest 学区 block's bound model.
    private func largestDistrictColumns(_ instance: Instance) throws -> Int {
        try XCTUnwrap(SolveBlock.blocks(of: instance, regionLinkKm: 30).filter { $0.district != nil }.map {
            DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
                .boundBuilder([$0], multipliers: [:]).layout().decisionColumns
        }.max())
    }

    /// One count per 送教 point (Saturday and Sunday are its two candidates), and a plan's starting values
    /// count its cohorts there, so a start from a plan meets the count rows.
    func testEachPointCountsItsCohortsAndAStartCountsThem() throws {
        let instance = instance()
        let model = ModelBuilder(instance: instance).build()
        XCTAssertEqual(model.siteCohortCounts.map { model.mip.variables[$0.variable.index].name },
                       ["n_SJ@SJAX", "n_SJ@SJAY", "n_SJ@SJBX", "n_SJ@SJBY"])
        for count in model.siteCohortCounts {
            XCTAssertEqual(count.candidates.count, 2)
            XCTAssertEqual(model.mip.variables[count.variable.index].kind, .integer)
        }
        let plan = Plan(cohorts: [
            Cohort(id: "SJ-1", programme: 0, site: 0, sessions: [DateRange(first: S.date(5), last: S.date(5))], teachers: [0, 1, 2, 3]),
            Cohort(id: "SJ-2", programme: 0, site: 0, sessions: [DateRange(first: S.date(6), last: S.date(6))], teachers: [4, 5]),
        ])
        let values = model.startingValues(for: plan)
        XCTAssertEqual(values[model.siteCohortCounts[0].variable.index], 2, "two cohorts at SJAX")
        XCTAssertEqual(values[model.siteCohortCounts[1].variable.index], 0)
        for row in model.mip.constraints {
            let activity = row.terms.reduce(0.0) { $0 + $1.coefficient * values[$1.variable.index] }
            XCTAssert(activity >= row.lower - 1e-9 && activity <= row.upper + 1e-9, "\(row.name) holds at the start")
        }
    }

    /// The LP parts give 2 × 133⅓; the integer pass proves each 学区's 200, the optimum. Its MIPs may have
    /// no more columns than one 学区's model, so only the 学区 blocks can prove it (the whole programme's MIP
    /// would too, were it allowed).
    func testTheIntegerPassRaisesTheBoundToTheOptimum() throws {
        let instance = instance()
        let districtColumns = try largestDistrictColumns(instance)
        XCTAssertLessThan(districtColumns, ModelBuilder(instance: instance).layout().decisionColumns)
        func bound(integerShare: Double) throws -> Double? {
            var options = PlanningOptions()
            options.timeLimit = 60
            options.tuning.integerBoundShare = integerShare
            options.tuning.integerBoundColumnLimit = districtColumns
            let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
            let shared = BoundThread()
            try solve.searchBound(Decomposition(instance: instance, tuning: options.tuning).programmeBlocks, multipliers: [:],
                                  wholeModel: nil, into: shared)
            return shared.bound
        }
        XCTAssertEqual(try XCTUnwrap(bound(integerShare: 0)), 800.0 / 3, accuracy: 1e-6, "the LP parts alone")
        XCTAssertEqual(try XCTUnwrap(bound(integerShare: 0.3)), 400, accuracy: 1e-6)
    }

    /// With the whole model small enough for its LP first and for the exact MIP, the integer pass still runs
    /// after the LP, which it beats here (800/3 against 400).
    func testTheIntegerPassStillRunsAfterASmallWholeLP() throws {
        let instance = instance()
        let districtColumns = try largestDistrictColumns(instance)
        func bound(integerShare: Double) throws -> (bound: Double?, log: [String]) {
            let log = LogLines()
            var options = PlanningOptions()
            options.timeLimit = 60
            options.tuning.integerBoundShare = integerShare
            options.tuning.integerBoundColumnLimit = districtColumns
            options.log = { log.append($0) }
            let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
            let shared = BoundThread()
            let whole = ModelBuilder(instance: instance).build()
            XCTAssertTrue(solve.solvesWholeModel(columns: whole.mip.variables.count))
            try solve.searchBound(Decomposition(instance: instance, tuning: options.tuning).programmeBlocks, multipliers: [:],
                                  wholeModel: whole, into: shared)
            return (shared.bound, log.lines)
        }
        let lpOnly = try bound(integerShare: 0)
        XCTAssert(lpOnly.log.contains { $0.contains("bound by the whole model's LP") }, "\(lpOnly.log)")
        XCTAssertEqual(try XCTUnwrap(lpOnly.bound), 800.0 / 3, accuracy: 1e-6, "the whole LP")
        let withMIPs = try bound(integerShare: 0.3)
        XCTAssertEqual(try XCTUnwrap(withMIPs.bound), 400, accuracy: 1e-6, "the 学区 MIPs after the whole LP")
    }

    /// Where the programmes' MIPs prove more than the whole LP, the exact MIP's tree would start below the
    /// bound already proven, so the worker's core first goes to plans: searches near the LP from the plan the
    /// search published (here one cohort of four a 学区, each with a teacher from the far school: 1,200), which
    /// lead to the optimum, 400, handed to the plan search and checked by the plan checker.
    func testWhereTheMIPsBeatTheWholeLPTheWorkerLooksForPlansNearIt() throws {
        let instance = instance()
        let log = LogLines()
        var options = PlanningOptions()
        options.timeLimit = 60
        options.tuning.integerBoundShare = 0.3
        options.tuning.integerBoundColumnLimit = try largestDistrictColumns(instance)
        options.log = { log.append($0) }
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        let shared = BoundThread()
        let saturday = [DateRange(first: S.date(5), last: S.date(5))]
        let oneCohortEach = Plan(cohorts: [
            Cohort(id: "SJ-1", programme: 0, site: 0, sessions: saturday, teachers: [0, 1, 2, 3]),
            Cohort(id: "SJ-2", programme: 0, site: 2, sessions: saturday, teachers: [6, 7, 8, 9]),
        ])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: oneCohortEach).objective, 1_200, accuracy: 1e-6)
        shared.publishPlan(oneCohortEach, objective: 1_200)
        let whole = ModelBuilder(instance: instance).build()
        XCTAssertTrue(solve.solvesWholeModel(columns: whole.mip.variables.count))
        try solve.searchBound(Decomposition(instance: instance, tuning: options.tuning).programmeBlocks, multipliers: [:],
                              wholeModel: whole, into: shared)
        let lines = log.lines
        XCTAssertEqual(try XCTUnwrap(shared.bound), 400, accuracy: 1e-6)
        let integerPass = try XCTUnwrap(lines.lastIndex { $0.contains("bound with small programmes' MIPs") }, "\(lines)")
        let search = try XCTUnwrap(lines.firstIndex { $0.contains("near the LP:") }, "\(lines)")
        XCTAssertLessThan(integerPass, search, "\(lines)")
        let improved = try XCTUnwrap(lines.firstIndex { $0.contains("improved near the LP") }, "the search found it: \(lines)")
        XCTAssertFalse(lines[..<improved].contains { $0.contains("solves the whole model exactly") }, "\(lines)")
        XCTAssertFalse(shared.claimWholeModel(), "the worker holds the exact MIP: the plan search does not run it beside it")
        let found = try XCTUnwrap(shared.takeFound(), "\(lines)")
        let result = PlanResult(
            instance: instance, plan: found, provenOptimal: false, failed: false, bound: shared.bound, seconds: 0, nodes: 0,
            modelSize: ModelSize(model: whole, teachers: instance.teachers.count), options: options, solverVersion: "GLPK"
        )
        let report = try SolveAndCheck.check(result, instance).report
        XCTAssertTrue(report.isValid, "\(report.violations.map { $0.message(.en) })")
        XCTAssertEqual(report.objective, 400, accuracy: 1e-6)
    }

    /// Where no programme's MIP proves more than its LP part, no multiplier round can lift the bound above the
    /// whole LP: the programmes' MIPs run once, and the exact MIP follows. Four teachers, two one-day courses that must train
    /// them all (priority reward 50 each, 10 points a teaching day): each programme's LP is integral, while
    /// bounding them apart counts every reward twice, so the old order ran its rounds first. The exact MIP
    /// proves the optimum, 2 × 4 × 10 − 4 × 50 = −120.
    func testWithoutAnIntegerGainNoRoundComesBeforeTheExactMIP() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 10
        weights.priority = 50
        let programmes = [
            with(S.course("P1", quota: 0, window: [0])) { $0.quotaMin = .allEligible },
            with(S.course("P2", quota: 0, window: [1])) { $0.quotaMin = .allEligible },
        ]
        let instance = S.make(teachers: (1...4).map { S.teacher("T\($0)", cycleHours: 0) }, programmes: programmes, weights: weights)
        let log = LogLines()
        var options = PlanningOptions()
        options.timeLimit = 60
        options.log = { log.append($0) }
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        let shared = BoundThread()
        shared.latestPlan = GreedyPlanner(instance: instance).plan()
        let whole = ModelBuilder(instance: instance).build()
        XCTAssertTrue(solve.solvesWholeModel(columns: whole.mip.variables.count))
        try solve.searchBound(Decomposition(instance: instance, tuning: options.tuning).programmeBlocks, multipliers: [:],
                              wholeModel: whole, into: shared)
        let lines = log.lines
        let lp = try XCTUnwrap(lines.firstIndex { $0.contains("bound by the whole model's LP") }, "\(lines)")
        let integerPasses = lines.indices.filter { lines[$0].contains("bound with small programmes' MIPs") }
        let exact = try XCTUnwrap(lines.firstIndex { $0.contains("the bound worker solves the whole model exactly") }, "\(lines)")
        XCTAssertEqual(integerPasses.count, 1, "the programmes' MIPs once: \(lines)")
        XCTAssert(lines[integerPasses[0]].contains("first pass's multipliers"), lines[integerPasses[0]])
        XCTAssertLessThan(lp, integerPasses[0])
        XCTAssertLessThan(integerPasses[0], exact)
        XCTAssertFalse(lines.contains { $0.contains("bound with priority multipliers") }, "no round: \(lines)")
        XCTAssertEqual(try XCTUnwrap(shared.bound), -120, accuracy: 1e-6)
    }

    /// End to end through the decomposed path, bounded by programmes alone (no whole LP, and no neighbourhood
    /// as large as the whole model, whose MIP would prove it too): the plan is the optimum, keeps every rule,
    /// and the integer pass proves it.
    func testTheDecomposedSolveProvesItsPlanOptimal() throws {
        let instance = instance()
        let log = LogLines()
        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = 60
        options.tuning.wholeModelLPColumnLimit = 0
        options.tuning.pairColumnLimit = ModelBuilder(instance: instance).build().mip.variables.count - 1
        options.log = { log.append($0) }
        let solved = try SolveAndCheck.run(instance, options: options)
        XCTAssert(log.lines.contains { $0.contains("integer bound SJ: 2 MIPs, 400") }, "the 学区 MIPs proved it")
        XCTAssertTrue(solved.report.isValid)
        XCTAssertEqual(solved.result.objective, 400, accuracy: 1e-6)
        XCTAssertEqual(solved.result.bound, 400, accuracy: 1e-6)
        XCTAssertEqual(solved.result.status, .optimal)
        XCTAssertEqual(solved.result.plan.cohorts.count, 4, "two cohorts a 学区, one at each point")
    }
}

/// `BoundPassResult.integerGain`: a programme bounded alone gains its MIP's excess over its LP part; a merged
/// part (the 国培 courses bounded as one LP) gains its programmes' MIPs' sum over the part's LP, but only once
/// every one of them is proven (a missing one's part is unknown, and the part's LP stands).
final class IntegerGainTests: XCTestCase {
    private let pass = BoundPassResult(bound: 100, training: [:], parts: [0: 30, 3: 10], mergedParts: [[1, 2]: 50],
                                       lpSecondsPerColumn: 0, lpSecondsPerColumnSum: 0)

    func testAMergedPartCountsItsProgrammesMIPsOnceAllAreProven() {
        XCTAssertEqual(pass.integerGain(proven: [0: 32, 1: 24, 2: 29]), 2 + 3, accuracy: 1e-9)
        XCTAssertEqual(pass.integerGain(proven: [0: 32, 1: 55]), 2, accuracy: 1e-9, "programme 2 unproven: the part's LP stands")
    }

    func testMIPsBelowTheirLPLeaveThePartsAsTheyWere() {
        XCTAssertEqual(pass.integerGain(proven: [0: 29, 1: 20, 2: 20, 3: 10]), 0, accuracy: 1e-9)
    }
}
