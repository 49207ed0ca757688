import TestSupport
import TrainPlanCore
import XCTest

/// One hand-computed case per objective term (SPEC "Objective").
final class ObjectiveTermTests: SolveTestCase {
    typealias S = SmallInstance

    func testWorkStudyScalesWithLoadAndSubstitute() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 100
        var teacher = S.teacher("A")
        teacher.weeklyPeriods = 7  // half the standard 14
        let programme = S.course("P", quota: 1, window: [0, 1], days: 2)
        // 0.5 load × 2 teaching days × 100
        let plain = try solve(S.make(teachers: [teacher], programmes: [programme], weights: weights), expectObjective: 100)
        XCTAssertEqual(plain.metrics.teachingDaysLost, 2)
        // (1 − 0.25) × 100
        let covered = with(programme) { $0.substitute = 0.25 }
        try solve(S.make(teachers: [teacher], programmes: [covered], weights: weights), expectObjective: 75)
    }

    func testCheapestDayTypeIsChosen() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 100
        weights.weekendDay = 25
        weights.holidayDay = 10
        let instance = S.make(
            teachers: [S.teacher("A")], programmes: [S.course("P", quota: 1)], weights: weights, holidays: [S.date(2)]
        )
        let result = try solve(instance, expectObjective: 10)  // Wednesday is a holiday
        XCTAssertEqual(result.plan.cohorts.first?.sessions.first?.first, S.date(2))
        XCTAssertEqual(result.metrics.teachingDaysLost, 0)
    }

    func testConcentrationAboveSoftShare() throws {
        var weights = S.zeroWeights()
        weights.concentration = 200
        let teachers = (0..<20).map { S.teacher(String(format: "T%02d", $0)) }
        // soft limit floor(0.05 × 20) = 1; three away on Monday → 2 over.
        let instance = S.make(
            teachers: teachers, programmes: [S.course("P", quota: 3, window: [0])], weights: weights
        )
        let result = try solve(instance, expectObjective: 400)
        XCTAssertEqual(result.metrics.concentrationCost, 400, accuracy: 1e-9)
    }

    /// A school of 19 has no free allowance (⌊5 % × 19⌋ = 0): every teacher away costs the concentration
    /// weight, which the model then puts on the assignment columns themselves (no excess column), and its cap
    /// of two a day splits three seats over the two days: the assignment's bound where a date has one column
    /// (one site), a row where it has two (two sites).
    func testConcentrationWithoutSoftAllowanceAndTheCapSplittingTheDays() throws {
        var weights = S.zeroWeights()
        weights.concentration = 200
        let teachers = (0..<19).map { S.teacher(String(format: "T%02d", $0)) }
        for sites in [[S.center("C1")], [S.center("C1"), S.center("C2")]] {
            let instance = S.make(
                teachers: teachers, programmes: [S.course("P", quota: 3, window: [0, 1])], sites: sites,
                schools: [S.school("S1", maxAway: 2)], weights: weights
            )
            let model = ModelBuilder(instance: instance).build().mip
            XCTAssertFalse(model.variables.contains { $0.name.hasPrefix("excess") })
            XCTAssertEqual(model.constraints.filter { $0.name.hasPrefix("max_away_") }.count, sites.count == 1 ? 0 : 2)
            let result = try solve(instance, expectObjective: 600)  // 3 teacher-days × 200
            XCTAssertEqual(try XCTUnwrap(SolveAndCheck.relaxationObjective(instance)), 600, accuracy: 1e-6)
            XCTAssertEqual(result.metrics.concentrationCost, 600, accuracy: 1e-9)
            XCTAssertEqual(Set(result.plan.cohorts.compactMap { $0.sessions.first?.first }).count, 2, "both days")
        }
    }

    func testTravelRoundTripsPerDayWithoutLodging() throws {
        var weights = S.zeroWeights()
        weights.km = 1
        let programme = with(S.course("P", quota: 1)) { $0.sessions = 2; $0.gapDays = 2 }
        let instance = S.make(
            teachers: [S.teacher("A")], programmes: [programme], weights: weights, distances: ["S1": ["C1": 10]]
        )
        let result = try solve(instance, expectObjective: 40)  // 2 × 10 km × 2 trips
        XCTAssertEqual(result.metrics.travelKm, 40, accuracy: 1e-9)
    }

    func testTravelOneTripPerSessionWithLodging() throws {
        var weights = S.zeroWeights()
        weights.km = 1
        var site = S.center()
        site.lodging = true
        let instance = S.make(
            teachers: [S.teacher("A")], programmes: [S.course("P", quota: 1, days: 2)], sites: [site],
            weights: weights, distances: ["S1": ["C1": 10]]
        )
        try solve(instance, expectObjective: 20)  // 2 × 10 km × 1 trip
    }

    func testGreatCircleTimesRoadFactor() throws {
        var weights = S.zeroWeights()
        weights.km = 1
        var site = S.center()
        site.longitude = 111  // one degree east at 30°N
        let instance = S.make(teachers: [S.teacher("A")], programmes: [S.course("P", quota: 1)], sites: [site], weights: weights)
        let oneWay = DistanceTable.greatCircleKm(30, 110, 30, 111) * 1.3
        XCTAssertEqual(oneWay / 1.3, 96.3, accuracy: 0.1)  // haversine, R = 6371 km
        try solve(instance, expectObjective: 2 * oneWay)
    }

    func testCohortCostsPerOpenedCohort() throws {
        var site = S.center(rooms: 2)
        site.cohortCost = 500
        let programme = with(S.course("P", quota: 3, window: [0])) { $0.cohortMax = 2; $0.cohortCost = 300 }
        let instance = S.make(teachers: ["A", "B", "C"].map { S.teacher($0) }, programmes: [programme], sites: [site])
        let result = try solve(instance, expectObjective: 1600)  // two cohorts × (500 + 300)
        XCTAssertEqual(result.metrics.cohortsOpened, 2)
    }

    func testPriorityRewardPrefersLargestDeficit() throws {
        var weights = S.zeroWeights()
        weights.priority = 50
        let programme = with(S.course("P", quota: 0)) { $0.quotaMax = 1 }
        let instance = S.make(
            teachers: [S.teacher("A", cycleHours: 360), S.teacher("B", cycleHours: 180)], programmes: [programme],
            weights: weights
        )
        let result = try solve(instance, expectObjective: -25)  // 50 × (360 − 180) / 360
        XCTAssertEqual(SolveAndCheck.assigned(result, instance)["P"], ["B"])
    }

    func testSubQuotaShortfallCountsTowardsItsProgramme() throws {
        let instance = S.make(
            teachers: [S.teacher("A")], programmes: [S.course("P", quota: 0)],
            quotas: [Quota(program: "P", scope: .district, scopeID: "D2", min: 1)]
        )
        let result = try solve(instance, expectObjective: 1000)  // nobody teaches in D2
        XCTAssertEqual(result.metrics.shortfallByProgramme["P"], 1)
        XCTAssertEqual(result.metrics.shortfallTotal, 1)
    }
}
