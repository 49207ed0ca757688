import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// How the construction shares a programme's seats between its 学区 blocks (`SeatShares`).
///
/// A weekend 送教 SJ in two 学区 with a minimum of 4 each, 8 in all and at most 12: six teachers beside A's
/// 送教 point, four 10 km from B's (a trip costs 2 × 10 points). The eight cheapest are A's six and two of
/// B's, so A's share of the seats is 6 of 8; but B must train 4 for its own minimum, so 4 is all A needs.
final class SeatSharesTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.km = 1
        let schools = [S.school("SA", district: "A"), S.school("SB", district: "B")]
        let sites = ["A", "B"].map { (district: String) in
            Site(id: "SJ" + district, name: "SJ" + district, kind: .songjiao, latitude: 30, longitude: 110, district: district)
        }
        let distances = ["SA": ["SJA": 0.0, "SJB": 50], "SB": ["SJA": 50, "SJB": 10]]
        let teachers = (1...6).map { S.teacher("A\($0)", school: "SA") } + (1...4).map { S.teacher("B\($0)", school: "SB") }
        let songjiao = with(S.course("SJ", quota: 8, window: [5, 6])) {
            $0.mode = .songjiao
            $0.homeDistrict = true
            $0.sites = sites.map(\.id)
            $0.quotaMax = 12
        }
        return S.make(teachers: teachers, programmes: [songjiao], sites: sites, schools: schools, weights: weights,
                      quotas: ["A", "B"].map { Quota(program: "SJ", scope: .district, scopeID: $0, min: 4) }, distances: distances)
    }

    /// While A is planned, B's minimum is held back (not the 2 seats of its share), and the blocks' plan
    /// trains the 8 the quotas ask for, not 6 + 4.
    func testAFirstDistrictLeavesTheSeatsALaterDistrictMustFill() throws {
        let instance = instance()
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        XCTAssertEqual(decomposition.blocks.map(\.name), ["SJ/A", "SJ/B"])
        XCTAssertEqual(decomposition.seatShares.held(whilePlanning: 0, after: Plan(cohorts: [])), [0: 4])

        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
        let plan = solve.construct(decomposition).plan
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
        let metrics = PlanMetrics(instance: instance, plan: plan)
        XCTAssertEqual(metrics.shortfallTotal, 0)
        XCTAssertEqual(plan.cohorts.reduce(0) { $0 + $1.teachers.count }, 8)
        XCTAssertEqual(metrics.objective, 4 * 20, accuracy: 1e-9, "A's four beside their point, B's four 10 km away")
    }
}
