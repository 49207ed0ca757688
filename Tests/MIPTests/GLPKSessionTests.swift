@testable import GLPKSolver
import MIP
import XCTest

/// The escape from a real GLPK fatal error, which would otherwise abort the process.
final class GLPKSessionTests: XCTestCase {
    func testFatalErrorComesBackAsSwiftError() throws {
        XCTAssertThrowsError(try GLPKSession.run(log: nil) { _ in GLPKEnvironment.provokeFatalError() }) { error in
            XCTAssertTrue(error is MIPError)
            XCTAssertTrue("\(error)".contains("column number out of range"), "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("GLPK stopped with a fatal error"), "\(error)")
        }
        // GLPK's state was freed: the next solves work, also after a second escape.
        XCTAssertEqual(try GLPKSolver().solve(TestModels.knapsack(), options: SolverOptions()).termination, .optimal)
        XCTAssertThrowsError(try GLPKSession.run(log: nil) { _ in GLPKEnvironment.provokeFatalError() })
        XCTAssertEqual(try GLPKSolver().solve(TestModels.assignment(), options: SolverOptions()).termination, .optimal)
    }

    func testFatalErrorTextAlsoReachesTheLog() {
        let log = LineLog()
        XCTAssertThrowsError(try GLPKSession.run(log: { log.append($0) }) { _ in GLPKEnvironment.provokeFatalError() })
        XCTAssertTrue(log.lines.contains { $0.contains("column number out of range") }, "\(log.lines)")
    }

    func testSessionReturnsItsValue() throws {
        XCTAssertEqual(try GLPKSession.run(log: nil) { _ in GLPKEnvironment.version }, GLPKSolver.version)
    }
}
