@testable import GLPKSolver
import MIP
import XCTest

final class GLPKSettingsTests: XCTestCase {
    func testMilliseconds() {
        XCTAssertEqual(glpkMilliseconds(nil), Int32.max)
        XCTAssertEqual(glpkMilliseconds(1.5), 1500)
        XCTAssertEqual(glpkMilliseconds(0), 1)
        XCTAssertEqual(glpkMilliseconds(1e12), Int32.max)
    }

    func testBranchAndCutSettingsFollowTheOptions() {
        var options = SolverOptions()
        options.relativeGap = 0.01
        options.presolve = true
        options.cuts = [.clique, .cover]
        options.proximitySearch = true
        options.branching = .mostFractional
        options.backtracking = .depthFirst
        options.log = { _ in }
        let settings = BranchAndCutSettings(options: options, remainingSeconds: 10)
        XCTAssertEqual(settings.relativeGap, 0.01)
        XCTAssertTrue(settings.presolve && settings.proximitySearch)
        XCTAssertEqual(settings.cuts, [.clique, .cover])
        XCTAssertEqual([settings.gomoryCuts, settings.mixedIntegerRoundingCuts, settings.coverCuts, settings.cliqueCuts], [0, 0, 1, 1])
        var everyFamily = SolverOptions()
        everyFamily.cuts = .all
        let every = BranchAndCutSettings(options: everyFamily, remainingSeconds: nil)
        XCTAssertEqual([every.gomoryCuts, every.mixedIntegerRoundingCuts, every.coverCuts, every.cliqueCuts], [1, 1, 1, 1])
        XCTAssertFalse(settings.feasibilityPump)
        XCTAssertEqual(settings.branching, .mostFractional)
        XCTAssertEqual(settings.backtracking, .depthFirst)
        XCTAssertEqual(settings.messageLevel, .normal)
        XCTAssertEqual(settings.timeLimitMilliseconds, 10_000)
        XCTAssertEqual(settings.proximitySearchMilliseconds, 10_000)
        let unlimited = BranchAndCutSettings(options: SolverOptions(), remainingSeconds: nil)
        XCTAssertEqual(unlimited.proximitySearchMilliseconds, 60_000)
    }

    func testRootLPNeverPresolvesButARelaxationMay() {
        var options = SolverOptions()
        options.presolve = true
        XCTAssertFalse(SimplexSettings(options: options, remainingSeconds: nil).presolve)
        options.relaxation = true
        let settings = SimplexSettings(options: options, remainingSeconds: nil)
        XCTAssertTrue(settings.presolve)
        XCTAssertEqual(settings.method, .dualThenPrimal)
        XCTAssertEqual(settings.ratioTest, .longStep)
        XCTAssertEqual(settings.messageLevel, .errorsOnly)
    }
}
