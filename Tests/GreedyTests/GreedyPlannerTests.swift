import Foundation
import TestSupport
import TrainPlanCore
import XCTest

final class GreedyPlannerTests: XCTestCase {
    func testDemoCountyPlanPassesTheChecker() throws {
        let instance = try InstanceLoader.load(directory: RepositoryPaths.path("instances/demo-county")).instance
        let checked = try GreedyCheck(instance)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations.prefix(5))")
        XCTAssertFalse(checked.plan.cohorts.isEmpty)
        assertWithinQuotaMaximum(checked, instance)
    }

    func testGeneratedTownshipPlanPassesTheChecker() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("greedy-township-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try generate(["--size", "township", "--seed", "1", "--out", folder])
        let instance = try InstanceLoader.load(directory: folder).instance
        let checked = try GreedyCheck(instance)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations.prefix(5))")
        assertWithinQuotaMaximum(checked, instance)
    }

    func testFillsQuotaWhenSeatsAreAmple() throws {
        let teachers = (1...10).map { SmallInstance.teacher("T\($0)") }
        let instance = SmallInstance.make(teachers: teachers, programmes: [SmallInstance.course("P", quota: 6)],
                                          sites: [SmallInstance.center(seats: 20)])
        let checked = try GreedyCheck(instance)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations)")
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 0)
        XCTAssertEqual(checked.assignedByProgramme[0], 6)
    }

    func testNeverExceedsQuotaMaximumEvenBelowSubQuotaMinimums() throws {
        let teachers = (1...8).map { SmallInstance.teacher("T\($0)", school: $0 <= 4 ? "S1" : "S2") }
        var course = SmallInstance.course("P", quota: 2)
        course.quotaMax = 3
        let quotas = [Quota(program: "P", scope: .school, scopeID: "S1", min: 3),
                      Quota(program: "P", scope: .school, scopeID: "S2", min: 3)]
        let instance = SmallInstance.make(teachers: teachers, programmes: [course],
                                          schools: [SmallInstance.school("S1"), SmallInstance.school("S2")], quotas: quotas)
        let checked = try GreedyCheck(instance)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations)")
        XCTAssertEqual(checked.assignedByProgramme[0], 3)
    }

    func testSplitsIntoSeveralCohortsWhenOneRoomIsTooSmall() throws {
        let teachers = (1...9).map { SmallInstance.teacher("T\($0)") }
        let instance = SmallInstance.make(teachers: teachers, programmes: [SmallInstance.course("P", quota: 9)],
                                          sites: [SmallInstance.center(seats: 4)])
        let checked = try GreedyCheck(instance)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations)")
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 0)
        XCTAssertEqual(checked.plan.cohorts.count, 3)
    }

    func testDissolvesCohortsBelowTheMinimum() throws {
        let teachers = (1...3).map { SmallInstance.teacher("T\($0)") }
        var course = SmallInstance.course("P", quota: 3)
        course.cohortMin = 5
        let instance = SmallInstance.make(teachers: teachers, programmes: [course])
        let checked = try GreedyCheck(instance)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations)")
        XCTAssertTrue(checked.plan.cohorts.isEmpty)
        XCTAssertEqual(checked.result.metrics.shortfallTotal, 3)
    }

    func testHeuristicResultCarriesTheTrivialBound() throws {
        let teachers = (1...4).map { SmallInstance.teacher("T\($0)", cycleHours: 0) }
        var weights = SmallInstance.zeroWeights()
        weights.priority = 10
        let instance = SmallInstance.make(teachers: teachers, programmes: [SmallInstance.course("P", quota: 2)],
                                          weights: weights)
        let checked = try GreedyCheck(instance)
        XCTAssertEqual(checked.result.bound, -40)
        XCTAssertEqual(checked.result.status, .feasible)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations)")
    }

    private func assertWithinQuotaMaximum(_ checked: GreedyCheck, _ instance: Instance,
                                          file: StaticString = #filePath, line: UInt = #line) {
        for (index, programme) in instance.programmes.enumerated() {
            guard let maximum = instance.quotaMaxSeats(programme) else { continue }
            XCTAssertLessThanOrEqual(checked.assignedByProgramme[index] ?? 0, maximum, programme.id, file: file, line: line)
        }
    }

    private func generate(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryPaths.path("benchmarks/generate.py")] + arguments
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw XCTSkip("python3 not available: \(error)") }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "generate.py failed")
    }
}
