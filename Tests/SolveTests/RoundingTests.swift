import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// LP rounding (`DecomposedSolve.roundedOpenings`): the K candidates the LP opens most, opened, for a few K.
///
/// A one-day teaching course of 4 seats (at most 4), classes of at most 2, 100 points a cohort, any weekday.
/// Four teachers at a school beside the centre and four at one 100 km away (a trip costs 2 × 100), each
/// school letting one teacher away a day. By hand: on K days, K teachers from beside it and 4 − K from
/// afar (K ≤ 4, and a class of 2 needs one of each): 100·K + 200·(4 − K) for K = 2, 3, 4 is 600, 500, 400;
/// five days would need five teachers. So the optimum opens four days, which the LP (two cohorts' worth,
/// half a cohort a day for one near teacher) does not say.
final class RoundingTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.km = 1
        let schools = [S.school("NEAR", maxAway: 1), S.school("FAR", maxAway: 1)]
        let teachers = (1...4).map { S.teacher("N\($0)", school: "NEAR") } + (1...4).map { S.teacher("F\($0)", school: "FAR") }
        let course = with(S.course("JY", quota: 4, window: [0, 1, 2, 3, 4])) {
            $0.cohortMax = 2
            $0.cohortCost = 100
        }
        return S.make(teachers: teachers, programmes: [course], schools: schools, weights: weights,
                      distances: ["NEAR": ["C1": 0], "FAR": ["C1": 100]])
    }

    func testRoundingTriesMoreCohortsThanTheLPOpensAndKeepsTheBest() throws {
        let instance = instance()
        let log = LogLines()
        var options = PlanningOptions()
        options.log = { log.append($0) }
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        let days = ModelBuilder(instance: instance).build().candidates.map(CandidateKey.init)
        XCTAssertEqual(days.count, 5)
        let rounded = try XCTUnwrap(solve.roundedOpenings(ranked: days, lpOpenings: 2, fixed: .empty, deadline: 60) { chosen, singletons in
            ModelBuilder(instance: instance, singletons: singletons, scope: { chosen.contains(CandidateKey($0)) }).build()
        })
        XCTAssertEqual(rounded.objective, 400, accuracy: 1e-9)
        XCTAssertEqual(rounded.plan.cohorts.count, 4)
        XCTAssertEqual(Set(rounded.plan.cohorts.flatMap(\.teachers).map { instance.teachers[$0].school }), ["NEAR"])
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: rounded.plan).map(\.rule), [])
        let tried = log.lines.filter { $0.contains("rounding:") }
        XCTAssertEqual(tried.count, 4, "two, three, four and five days: \(tried)")
        XCTAssert(tried[0].contains("objective 600") && tried[1].contains("objective 500"), "\(tried)")
        XCTAssert(tried[3].contains("5 of 5") && tried[3].hasSuffix("objective inf"), "five days need five teachers: \(tried)")
    }

    /// "Who" over a plan's schedules: with every schedule kept open, only the teachers change (here from the
    /// far school's to the near one's, a day each).
    func testKeepingEveryScheduleOpenOnlyReseatsTeachers() throws {
        let instance = instance()
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
        let days = Array(ModelBuilder(instance: instance).build().candidates.map(CandidateKey.init).prefix(3))
        let rounded = try XCTUnwrap(solve.roundedOpenings(ranked: days, lpOpenings: nil, fixed: .empty, deadline: 60) { chosen, singletons in
            ModelBuilder(instance: instance, singletons: singletons, scope: { chosen.contains(CandidateKey($0)) }).build()
        })
        XCTAssertEqual(rounded.objective, 500, accuracy: 1e-9, "three days: three teachers from beside the centre, one from afar")
        XCTAssertEqual(rounded.plan.cohorts.count, 3)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: rounded.plan).map(\.rule), [])
    }
}
