import TestSupport
import TrainPlanCore
import XCTest

/// The frontier's costs are the optimal costs of independent solves, rise with the quota, and stop where
/// the teachers run out.
final class QuotaFrontierTests: XCTestCase {
    /// Six teachers, cohorts of at most 4 seats costing 100 each, 10 points per teacher-day on a teaching day.
    private func instance() -> Instance {
        var weights = SmallInstance.zeroWeights()
        weights.teachingDay = 10
        var course = SmallInstance.course("P", quota: 2, window: [0, 1])
        course.cohortCost = 100
        course.cohortMax = 4
        return SmallInstance.make(
            teachers: (1...6).map { SmallInstance.teacher("T\($0)") }, programmes: [course],
            sites: [SmallInstance.center("C1", rooms: 1)], weights: weights
        )
    }

    func testCostsMatchIndependentSolvesAndRise() throws {
        let base = instance()
        let frontier = QuotaFrontier(instance: base, programme: "P", levels: [1, 2, 4, 5, 6, 7], solver: testSolver)
        let outcome = try frontier.run()
        XCTAssertEqual(outcome.points.map(\.level), [1, 2, 4, 5, 6, 7])
        for point in outcome.points {
            var independent = base
            independent.programmes[0].quotaMin = .seats(point.level)
            independent.programmes[0].quotaMax = point.level
            let result = try PlanSolver(instance: independent, solver: testSolver).solve()
            XCTAssertEqual(point.metrics.objective, result.objective, accuracy: 1e-6, "level \(point.level)")
            try WhatIfFixture.assertPassesChecker(result, independent)
        }
        let costs = outcome.points.map(\.metrics.objective)
        XCTAssertEqual(costs, costs.sorted(), "cost never falls as the quota rises")
        // Four seats fit one cohort; the fifth opens a second one (+100 + 10).
        XCTAssertEqual(outcome.points[3].marginalCost ?? 0, 110, accuracy: 1e-6)
        XCTAssertEqual(outcome.points[3].cohorts, 2)
        XCTAssertTrue(outcome.points[3].differsFromDual, "the LP spreads the cohort's cost over its seats")
        XCTAssertEqual(outcome.largestFilled, 6)
        XCTAssertEqual(outcome.points.last?.shortfall, 1)
    }

    func testStoppingRuleIsExplainedAtTheFirstShortLevel() throws {
        var base = instance()
        // Two teachers away per teaching day, two days: four seats at most.
        base.schools[0].maxAway = 2
        let outcome = try QuotaFrontier(instance: base, programme: "P", levels: [3, 4, 5], solver: testSolver).run(diagnosisTime: 30)
        XCTAssertEqual(outcome.largestFilled, 4)
        XCTAssertEqual(outcome.stoppingReason?.shortfall, 1)
        XCTAssertEqual(outcome.stoppingReason?.blocked.first?.limit, .schoolAwayCap)
        XCTAssertEqual(outcome.diagnosis?.binding.first?.family, .schoolAwayCaps)
        XCTAssertEqual(outcome.diagnosis?.binding.first?.filled, 1)
    }

    func testEachShortLevelSaysWhatBinds() throws {
        var base = instance()
        base.schools[0].maxAway = 2
        let outcome = try QuotaFrontier(instance: base, programme: "P", levels: [4, 5, 6], solver: testSolver).run()
        XCTAssertNil(outcome.points[0].reason, "level 4 is filled")
        for point in outcome.points.dropFirst() {
            XCTAssertEqual(point.reason?.shortfall, point.level - 4, "level \(point.level)")
            XCTAssertEqual(point.reason?.blocked.first?.limit, .schoolAwayCap, "level \(point.level)")
        }
    }

    func testLPDualPricesASeat() throws {
        // Quota 2 inside one cohort: the next seat costs its teaching day (10) in the LP too.
        var level = instance()
        level.programmes[0].quotaMin = .seats(2)
        level.programmes[0].quotaMax = 2
        let dual = try XCTUnwrap(QuotaDualEstimate.marginalCost(instance: level, programme: "P", timeLimit: nil, solver: testSolver))
        XCTAssertGreaterThan(dual, 0)
    }

    func testDefaultLevelsRunFromTheQuotaToEveryEligibleTeacher() throws {
        let base = instance()
        XCTAssertEqual(try QuotaFrontier.defaultLevels(instance: base, programme: base.programmes[0], from: nil, to: nil, step: nil),
                       [2, 3, 4, 5, 6])
        XCTAssertEqual(try QuotaFrontier.defaultLevels(instance: base, programme: base.programmes[0], from: 0, to: 5, step: 2),
                       [0, 2, 4, 5])
    }

    func testLevelsNearIntMaxAreClampedAndTooManyLevelsAreRefused() throws {
        let base = instance()
        XCTAssertEqual(try QuotaFrontier.defaultLevels(instance: base, programme: base.programmes[0], from: 0, to: 5, step: .max),
                       [0, 5])
        XCTAssertThrowsError(try QuotaFrontier.defaultLevels(instance: base, programme: base.programmes[0], from: 0, to: .max, step: 1)) {
            XCTAssertEqual($0 as? FrontierLevelError, .tooManyLevels(10_000_001, limit: QuotaFrontier.largestLevelCount))
        }
    }
}
