import Foundation
import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The seat-filling stage of a decomposed solve, on a 送教 programme whose 学区 blocks, planned one after
/// another, cannot fill it: one trainer team runs one cohort a day, on Saturday and Sunday only. District A is
/// nearest and planned first, so it takes Saturday; B takes Sunday; C, with a sub-quota of 3, gets no day.
/// Filling the quota and both sub-quotas needs B and C on the two days and A on none.
final class SeatFillingTests: XCTestCase {
    typealias S = SmallInstance

    private func threeDistricts() -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.km = 1
        let districts = ["A", "B", "C"]
        let schools = districts.map { S.school("S\($0)", district: $0) }
        let sites = districts.map { Site(id: "SJ\($0)", name: "SJ\($0)", kind: .songjiao, latitude: 30, longitude: 110, district: $0) }
        let teachers = districts.flatMap { district in (1...3).map { S.teacher("T\(district)\($0)", school: "S\(district)") } }
        let programme = with(S.course("SJ", quota: 6, window: [5, 6])) {
            $0.mode = .songjiao
            $0.homeDistrict = true
            $0.team = "songjiao"
        }
        let distances = ["SA": ["SJA": 1.0], "SB": ["SJB": 20.0], "SC": ["SJC": 20.0]]
        return S.make(
            teachers: teachers, programmes: [programme], sites: sites, schools: schools, weights: weights,
            teams: [TeamPool(name: "songjiao", limit: 1)],
            quotas: ["B", "C"].map { Quota(program: "SJ", scope: .district, scopeID: $0, min: 3) }, distances: distances
        )
    }

    private func search(_ instance: Instance) -> DecomposedSolve {
        var options = PlanningOptions()
        options.timeLimit = 60
        return DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
    }

    /// The construction holds B's and C's minimums back while A is planned (`SeatShares.laterMinimums`), so A
    /// takes no day; before, A took Saturday and C was left without one.
    func testBlocksInOrderLeaveTheDaysToTheSubQuotas() {
        let instance = threeDistricts()
        let solve = search(instance)
        let plan = solve.construct(Decomposition(instance: instance, tuning: SearchTuning())).plan
        XCTAssertEqual(PlanMetrics(instance: instance, plan: plan).shortfallTotal, 0)
        XCTAssertEqual(Set(plan.cohorts.map { instance.sites[$0.site].id }), ["SJB", "SJC"])
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
    }

    /// The plan blocks in order made before: A on Saturday, B on Sunday, C without a day.
    private func aTookSaturday() -> Plan {
        let days = [5, 6].map { [DateRange(first: S.date($0), last: S.date($0))] }
        return Plan(cohorts: [
            Cohort(id: "SJ-A", programme: 0, site: 0, sessions: days[0], teachers: [0, 1, 2]),
            Cohort(id: "SJ-B", programme: 0, site: 1, sessions: days[1], teachers: [3, 4, 5]),
        ])
    }

    func testSeatFillingGivesEveryDistrictWithASubQuotaItsDay() throws {
        let instance = threeDistricts()
        let solve = search(instance)
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        var incumbent = Incumbent(instance: instance, plan: aTookSaturday())
        XCTAssertEqual(incumbent.seatsShort, 3)
        let proven = solve.fillSeats(&incumbent, decomposition, bound: BoundThread())
        XCTAssertEqual(incumbent.seatsShort, 0)
        XCTAssertEqual(proven, ["SJ": 0], "the seat LP finishes and proves no seat unavoidable")
        let sites = Set(incumbent.plan.cohorts.map { instance.sites[$0.site].id })
        XCTAssertEqual(sites, ["SJB", "SJC"])
        let result = PlanResult.heuristic(instance: instance, plan: incumbent.plan, seconds: 0, solverName: "test")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-seats-\(UUID().uuidString)").path
        try PlanWriter(instance: instance).write(result, to: directory)
        let report = PlanChecker(instance: instance).check(planDirectory: directory)
        XCTAssertTrue(report.isValid, report.violations.map(\.rule).joined(separator: ", "))
    }

    /// A one-day course for three teachers, cohorts of at most two, one room: a second cohort needs a second
    /// date. Teaching days cost 100 a teacher, weekend days 10.
    private func oneRoomCourse() -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.teachingDay = 100
        weights.weekendDay = 10
        let course = with(S.course("P", quota: 3)) { $0.cohortMax = 2 }
        return S.make(teachers: (1...3).map { S.teacher("T\($0)") }, programmes: [course], weights: weights)
    }

    /// The seat found on a new date, the cohorts then move in time: with a full cohort on Monday, only a
    /// slice of other dates can seat the third teacher, and the seats model picks its date by seats alone.
    /// "Who" over the planned dates keeps Monday; "when" moves both cohorts to the weekend (30, where any plan
    /// with Monday costs at least 120).
    func testAFilledSeatsCohortsMoveToTheirCheapestDates() throws {
        let instance = oneRoomCourse()
        let monday = Cohort(id: "P-1", programme: 0, site: 0, sessions: [DateRange(first: S.date(0), last: S.date(0))], teachers: [0, 1])
        var incumbent = Incumbent(instance: instance, plan: Plan(cohorts: [monday]))
        XCTAssertEqual(incumbent.seatsShort, 1)
        // Slices of three dates, so that the week has two besides Monday.
        var options = PlanningOptions()
        options.timeLimit = 60
        options.tuning.scheduleSliceCandidates = 3
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        _ = solve.fillSeats(&incumbent, Decomposition(instance: instance, tuning: options.tuning), bound: BoundThread())
        XCTAssertEqual(incumbent.seatsShort, 0)
        let weekend = [5, 6].map { [DateRange(first: S.date($0), last: S.date($0))] }
        let best = Plan(cohorts: [
            Cohort(id: "P-1", programme: 0, site: 0, sessions: weekend[0], teachers: [0, 1]),
            Cohort(id: "P-2", programme: 0, site: 0, sessions: weekend[1], teachers: [2]),
        ])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: best).objective, 30, accuracy: 1e-9)
        XCTAssertEqual(incumbent.objective, 30, accuracy: 1e-9)
        XCTAssertEqual(Set(incumbent.plan.cohorts.flatMap { $0.sessions.map(\.first) }), [S.date(5), S.date(6)])
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
    }

    /// The whole decomposed solve fills every seat, and the checker accepts the plan.
    func testDecomposedSolveLeavesNoFillableSeatEmpty() throws {
        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = 30
        let checked = try SolveAndCheck.run(threeDistricts(), options: options)
        XCTAssertTrue(checked.report.isValid, checked.report.violations.map(\.rule).joined(separator: ", "))
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 0)
    }

    /// A sub-quota in a district without a 送教点 cannot be filled: the bound proves it, and the summary says so.
    func testUnfillableSubQuotaIsProvenAndSaidUnavoidable() throws {
        var instance = threeDistricts()
        instance.schools.append(S.school("SD", district: "D"))
        instance.teachers += (1...2).map { S.teacher("TD\($0)", school: "SD") }
        instance.quotas.append(Quota(program: "SJ", scope: .district, scopeID: "D", min: 2))
        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = 30
        let checked = try SolveAndCheck.run(instance, options: options)
        XCTAssertTrue(checked.report.isValid)
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 2)
        XCTAssertEqual(checked.result.provenShortfall, ["SJ": 2])
        let reasons = ShortfallExplainer(instance: instance, plan: checked.result.plan, proven: checked.result.provenShortfall).explain()
        XCTAssertEqual(reasons.count, 1)
        XCTAssertTrue(reasons[0].message(.zh).contains("下界证明任何方案都无法补足"), reasons[0].message(.zh))
        XCTAssertTrue(reasons[0].message(.zh).contains("D 0/2"), reasons[0].message(.zh))
    }

    /// A shortfall the bound does not prove is not called unavoidable.
    func testUnprovenShortfallIsSaidToBeTheSearchs() {
        let instance = threeDistricts()
        let plan = Plan(cohorts: [])
        let message = ShortfallExplainer(instance: instance, plan: plan, proven: ["SJ": 0]).explain()[0].message(.en)
        XCTAssertTrue(message.contains("not proven unfillable"), message)
        XCTAssertTrue(message.contains("B 0/3, C 0/3"), message)
    }

    /// A seat LP that did not finish proves nothing: neither "unavoidable" nor "fillable" is said.
    func testUnfinishedSeatBoundClaimsNothing() {
        let instance = threeDistricts()
        let message = ShortfallExplainer(instance: instance, plan: Plan(cohorts: []), proven: [:]).explain()[0].message(.zh)
        XCTAssertTrue(message.contains("是否可以补足未经下界证明"), message)
        XCTAssertFalse(message.contains("无法补足"), message)
    }

    /// A proven-optimal plan's shortfall is not blamed on the search.
    func testOptimalPlanShortfallIsNotBlamedOnTheSearch() {
        let instance = threeDistricts()
        let message = ShortfallExplainer(instance: instance, plan: Plan(cohorts: []), proven: ["SJ": 0], planIsOptimal: true)
            .explain()[0].message(.zh)
        XCTAssertTrue(message.contains("方案已证明最优"), message)
        XCTAssertFalse(message.contains("延长求解时间"), message)
    }
}
