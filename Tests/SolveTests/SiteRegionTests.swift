@testable import TrainPlanCore
import TestSupport
import XCTest

/// A programme open at sites far apart (a city's county centres) is planned region by region.
final class SiteRegionTests: XCTestCase {
    typealias S = SmallInstance

    /// Centres C1 (30.0 N) and C2 (31.0 N, 111 km north), host school H1 5 km from C1; two teachers at a
    /// school near each centre; one course allowed at all three sites, 1 point per km.
    private func twoCounties() -> Instance {
        var weights = S.zeroWeights()
        weights.km = 1
        let sites = [
            Site(id: "C1", name: "C1", kind: .center, latitude: 30.0, longitude: 110, rooms: 1),
            Site(id: "H1", name: "H1", kind: .center, latitude: 30.045, longitude: 110, rooms: 1),
            Site(id: "C2", name: "C2", kind: .center, latitude: 31.0, longitude: 110, rooms: 1),
        ]
        let schools = [
            School(id: "S1", name: "S1", district: "A", latitude: 30.01, longitude: 110, maxAway: 100),
            School(id: "S2", name: "S2", district: "B", latitude: 30.99, longitude: 110, maxAway: 100),
        ]
        let teachers = [S.teacher("T1", school: "S1"), S.teacher("T2", school: "S1"),
                        S.teacher("T3", school: "S2"), S.teacher("T4", school: "S2")]
        let course = with(S.course("P1", quota: 4, window: [5, 6])) { $0.dayTypes = [.weekend] }
        return S.make(teachers: teachers, programmes: [course], sites: sites, schools: schools, weights: weights)
    }

    func testSitesFarApartAreSeparateRegionsAndTeachersGoToTheNearest() {
        let instance = twoCounties()
        let regions = SiteRegions(programme: 0, in: instance).regions
        XCTAssertEqual(regions.map(\.sites), [[0, 1], [2]])
        XCTAssertEqual(regions.map(\.teachers), [[0, 1], [2, 3]])
        XCTAssertEqual(SolveBlock.blocks(of: instance).map(\.name), ["P1@C1", "P1@C2"])
    }

    func testDecomposedPlanKeepsEveryTeacherNearHome() throws {
        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = 30
        let checked = try SolveAndCheck.run(twoCounties(), options: options)
        XCTAssertTrue(checked.report.isValid)
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 0)
        let siteOf = Dictionary(uniqueKeysWithValues: checked.result.plan.cohorts.flatMap { cohort in
            cohort.teachers.map { ($0, cohort.site) }
        })
        XCTAssertEqual(siteOf, [0: 0, 1: 0, 2: 2, 3: 2])
    }

    /// Two seats for four teachers, one near each centre (T1, T3: 1 km) and one far from it (T2, T4: 33 km,
    /// still nearest their own centre). Planned region by region with no sharing, the first region would
    /// fill both seats with T1 and T2; shared by the cheapest teachers, each region gets one seat and the
    /// plan sends T1 and T3.
    func testRegionsShareTheSeatsByTheirCheapestTeachers() throws {
        var instance = twoCounties()
        instance.schools += [
            School(id: "S3", name: "S3", district: "A", latitude: 30.3, longitude: 110, maxAway: 100),
            School(id: "S4", name: "S4", district: "B", latitude: 30.7, longitude: 110, maxAway: 100),
        ]
        instance.teachers[1].school = "S3"
        instance.teachers[3].school = "S4"
        instance.programmes[0].quotaMin = .seats(2)
        instance.programmes[0].cohortMin = 1

        let blocks = SolveBlock.blocks(of: instance)
        let shares = SeatShares(blocks: blocks, instance: instance, likelyTeachersPerSeat: 6)
        XCTAssertEqual(shares.held(whilePlanning: 0, after: Plan(cohorts: [])), [0: 1])
        XCTAssertEqual(shares.held(whilePlanning: 1, after: Plan(cohorts: [])), [:])

        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = 30
        let checked = try SolveAndCheck.run(instance, options: options)
        XCTAssertTrue(checked.report.isValid)
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 0)
        XCTAssertEqual(Set(checked.result.plan.cohorts.flatMap(\.teachers)), [0, 2])
    }
}
