import Foundation
import PlanCheck
import TestSupport
import TrainPlanCore
import XCTest

/// External proof of optimality: OR-Library CFLP instances solved as planning instances must reach the
/// published optimum (|objective − published| ≤ 1e-6 × published) with a plan the checker accepts.
/// The default suite runs one instance of each size class (16, 25 and 50 sites); `benchmarks/run.py
/// --cflp all` runs all 37.
final class CFLPOptimumTests: XCTestCase {
    func testCap41ReachesPublishedOptimum() throws { try assertPublishedOptimum("cap41") }
    func testCap71ReachesPublishedOptimum() throws { try assertPublishedOptimum("cap71") }
    func testCap101ReachesPublishedOptimum() throws { try assertPublishedOptimum("cap101") }
    func testCap131ReachesPublishedOptimum() throws { try assertPublishedOptimum("cap131") }

    func testReaderKeepsEveryNumberOfTheFile() throws {
        let problem = try ORLibraryCFLP(text: "2 2\n 10 5.5\n 20 0.\n 3 1.5 2\n 4\n 8 9\n")
        XCTAssertEqual(problem.capacities, [10, 20])
        XCTAssertEqual(problem.fixedCosts, [5.5, 0])
        XCTAssertEqual(problem.demands, [3, 4])
        XCTAssertEqual(problem.costs, [[1.5, 2], [8, 9]])
        XCTAssertThrowsError(try ORLibraryCFLP(text: "2 2\n 10 5.5\n"))
    }

    private func assertPublishedOptimum(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard let directory = ORLibraryCFLP.sourceDirectory else {
            throw XCTSkip("OR-Library CFLP files not found (shared/external/orlib-cflp)")
        }
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let published = try XCTUnwrap(ORLibraryCFLP.publishedOptima(in: directory)[name], file: file, line: line)
        let instance = CFLPInstance.make(try ORLibraryCFLP(text: text), name: name)

        var options = PlanningOptions()
        // The default 1e-4 gap would accept plans up to ~100 points above the optimum; the check is 1e-6.
        options.relativeGap = 1e-8
        options.timeLimit = 300
            let solved = try SolveAndCheck.run(instance, options: options)
        defer { try? FileManager.default.removeItem(atPath: solved.planDirectory) }

        XCTAssertEqual(solved.result.status, .optimal, file: file, line: line)
        XCTAssertEqual(solved.result.metrics.shortfallTotal, 0, file: file, line: line)
        XCTAssertLessThanOrEqual(abs(solved.result.objective - published), 1e-6 * published,
                                 "\(name): objective \(solved.result.objective), published \(published)",
                                 file: file, line: line)
        XCTAssertTrue(solved.report.isValid, "\(solved.report.violations)", file: file, line: line)
    }
}
