import Foundation
import GLPKSolver
import MIP
import XCTest

final class GLPKSolverTests: XCTestCase {
    private let solver = GLPKSolver()

    func testKnapsackOptimum() throws {
        let result = try solver.solve(TestModels.knapsack(), options: exact())
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertTrue(result.hasSolution)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.knapsackOptimum, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.bound), TestModels.knapsackOptimum, accuracy: 1e-9)
        XCTAssertEqual(result.values, TestModels.knapsackChoice)
        XCTAssertEqual(result.rawCode, 0)
    }

    func testAssignmentOptimum() throws {
        let result = try solver.solve(TestModels.assignment(), options: exact())
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.assignmentOptimum, accuracy: 1e-9)
        // x0_1, x1_0, x2_2
        XCTAssertEqual(result.values, [0, 1, 0, 1, 0, 0, 0, 0, 1])
    }

    func testFacilityLocationOptimum() throws {
        let result = try solver.solve(TestModels.facilityLocation(), options: exact())
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.facilityOptimum, accuracy: 1e-6)
        XCTAssertEqual(Array(result.values.prefix(3)), [1, 1, 0])
    }

    func testDefaultGapStillProvesSmallOptimum() throws {
        let result = try solver.solve(TestModels.facilityLocation(), options: SolverOptions())
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.facilityOptimum, accuracy: 1e-6)
        XCTAssertLessThanOrEqual(try XCTUnwrap(result.bound), try XCTUnwrap(result.objective))
        XCTAssertLessThanOrEqual(try XCTUnwrap(result.gap), 1e-4)
    }

    func testPresolveAndCutsReachTheSameOptimum() throws {
        var options = exact()
        options.presolve = true
        options.cuts = .all
        options.feasibilityPump = true
        options.branching = .mostFractional
        options.backtracking = .depthFirst
        let result = try solver.solve(TestModels.facilityLocation(), options: options)
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.facilityOptimum, accuracy: 1e-6)
    }

    /// The root LP opens facilities fractionally, so the search branches; with the hint it branches on the
    /// openings through the callback (glp_ios_branch_upon) and must still prove the same optimum.
    func testBranchingOnOpeningsFirstReachesTheSameOptimum() throws {
        var options = exact()
        options.honoursBranchingHints = true
        let result = try solver.solve(TestModels.facilityLocation(openingsFirst: true), options: options)
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.facilityOptimum, accuracy: 1e-6)
        XCTAssertEqual(Array(result.values.prefix(3)), [1, 1, 0])
        XCTAssertGreaterThan(result.nodes, 1)
    }

    func testObjectiveConstantIsIncluded() throws {
        var model = TestModels.knapsack()
        model.objectiveConstant = 100
        let result = try solver.solve(model, options: exact())
        XCTAssertEqual(try XCTUnwrap(result.objective), 100 + TestModels.knapsackOptimum, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.bound), 100 + TestModels.knapsackOptimum, accuracy: 1e-9)
    }

    func testInfeasibleRootLPIsAnAnswer() throws {
        var model = Model()
        let x = model.addVariable("x", kind: .integer, upper: 1)
        let y = model.addVariable("y", kind: .integer, upper: 1)
        model.addConstraint("too_much", [Term(x), Term(y)], lower: 5)
        for presolve in [false, true] {
            var options = exact()
            options.presolve = presolve
            let log = LineLog()
            options.log = { log.append($0) }
            let result = try solver.solve(model, options: options)
            XCTAssertEqual(result.termination, .infeasible, "presolve \(presolve): \(result.rawText)")
            XCTAssertFalse(result.hasSolution)
            XCTAssertNil(result.objective)
            XCTAssertNil(result.bound)
            // Branch and cut is not started on an infeasible root LP (it would only complain in the log).
            XCTAssertFalse(log.lines.contains { $0.contains("optimal basis to initial LP relaxation not provided") }, "\(log.lines)")
        }
    }

    func testIntegerInfeasibleModelIsAnAnswer() throws {
        // 2x = 1 has the LP solution x = 0.5 but no integer one.
        var model = Model()
        let x = model.addVariable("x", kind: .integer, upper: 10)
        model.addConstraint("half", [Term(x, 2)], lower: 1, upper: 1)
        let result = try solver.solve(model, options: exact())
        XCTAssertEqual(result.termination, .infeasible, result.rawText)
        XCTAssertFalse(result.hasSolution)
    }

    func testUnboundedModel() throws {
        var model = Model()
        let x = model.addVariable("x", kind: .integer, cost: -1)
        let y = model.addVariable("y", kind: .integer, cost: -1)
        model.addConstraint("spread", [Term(x), Term(y, -1)], upper: 1)
        for presolve in [false, true] {
            var options = exact()
            options.presolve = presolve
            let result = try solver.solve(model, options: options)
            XCTAssertEqual(result.termination, .unbounded, "presolve \(presolve): \(result.rawText)")
            XCTAssertFalse(result.hasSolution)
        }
    }

    func testFixedVariablesAndEqualityRows() throws {
        var model = Model()
        let fixedInteger = model.addVariable("n", kind: .integer, lower: 3, upper: 3, cost: -1)
        let fixedContinuous = model.addVariable("c", lower: 2.5, upper: 2.5, cost: -1)
        model.addVariable("b", kind: .binary, lower: 1, upper: 1, cost: 5)
        let free = model.addVariable("z", kind: .integer, lower: -.infinity, upper: 10, cost: -1)
        // n + c + z = 7.5 forces z = 2 although its cost wants it at 10.
        model.addConstraint("sum", [Term(fixedInteger), Term(fixedContinuous), Term(free)], lower: 7.5, upper: 7.5)
        let result = try solver.solve(model, options: exact())
        XCTAssertEqual(result.termination, .optimal, result.rawText)
        XCTAssertEqual(result.values, [3, 2.5, 1, 2])
        XCTAssertEqual(try XCTUnwrap(result.objective), -3 - 2.5 + 5 - 2, accuracy: 1e-9)
    }

    func testModelWithoutRows() throws {
        var model = Model()
        model.addVariable("x", kind: .integer, lower: 1, upper: 4, cost: 2)
        let result = try solver.solve(model, options: exact())
        XCTAssertEqual(result.termination, .optimal, result.rawText)
        XCTAssertEqual(result.values, [1])
    }

    func testRelaxationGivesPrimalValuesAndDuals() throws {
        var options = SolverOptions()
        options.relaxation = true
        let result = try solver.solve(TestModels.tinyLP(), options: options)
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), 9, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.bound), 9, accuracy: 1e-9)
        XCTAssertEqual(result.values[0], 3, accuracy: 1e-9)
        XCTAssertEqual(result.values[1], 1, accuracy: 1e-9)
        XCTAssertEqual(result.duals.count, 2)
        XCTAssertEqual(result.duals[0], 1.5, accuracy: 1e-9)
        XCTAssertEqual(result.duals[1], 0.5, accuracy: 1e-9)
    }

    func testRelaxationDropsIntegrality() throws {
        var options = SolverOptions()
        options.relaxation = true
        let result = try solver.solve(TestModels.knapsack(), options: options)
        XCTAssertEqual(result.termination, .optimal)
        // Greedy by value per weight: items 3 (8/3) and 1 (13/6) whole, then one unit of weight at 2.
        XCTAssertEqual(try XCTUnwrap(result.objective), -(8 + 13 + 2), accuracy: 1e-9)
    }

    func testTimeLimitKeepsIncumbentAndBound() throws {
        let progress = ProgressLog()
        var options = exact()
        options.timeLimit = 1
        options.progress = { progress.append($0) }
        let result = try solver.solve(TestModels.hardKnapsack(), options: options)
        XCTAssertEqual(result.termination, .timeLimit, result.rawText)
        XCTAssertTrue(result.hasSolution)
        let objective = try XCTUnwrap(result.objective)
        let bound = try XCTUnwrap(result.bound)
        XCTAssertLessThanOrEqual(bound, objective)
        XCTAssertGreaterThan(try XCTUnwrap(result.gap), 0)
        XCTAssertLessThan(result.seconds, 3, "the deadline is enforced from the callback")
        XCTAssertGreaterThan(result.nodes, 1)
        XCTAssertEqual(result.values.count, 80)
        XCTAssertEqual(TestModels.hardKnapsack().objectiveValue(result.values), objective, accuracy: 1e-6)

        let reports = progress.reports
        XCTAssertFalse(reports.isEmpty)
        for report in reports {
            if let incumbent = report.incumbent, let reportBound = report.bound {
                XCTAssertLessThanOrEqual(reportBound, incumbent + 1e-9)
            }
        }
        XCTAssertTrue(reports.contains { $0.incumbent != nil })
    }

    func testShouldStopInterrupts() throws {
        var options = exact()
        options.timeLimit = 20
        let started = Date()
        options.shouldStop = { Date().timeIntervalSince(started) > 0.3 }
        let result = try solver.solve(TestModels.hardKnapsack(), options: options)
        XCTAssertEqual(result.termination, .interrupted, result.rawText)
        XCTAssertLessThan(result.seconds, 5)
    }

    /// A caller that knows a bound of its own (a sub-MIP of a larger search) stops GLPK at the first
    /// incumbent good enough for it, instead of waiting for GLPK's proof.
    func testStopsAtTheFirstIncumbentTheCallerCallsGoodEnough() throws {
        let seen = ObjectiveLog()
        var options = exact()
        options.timeLimit = 20
        options.stopsAtIncumbent = { objective in
            seen.append(objective)
            return true
        }
        let result = try solver.solve(TestModels.hardKnapsack(), options: options)
        XCTAssertEqual(result.termination, .interrupted, result.rawText)
        XCTAssertEqual(seen.values.count, 1, "stopped at the first incumbent")
        XCTAssertEqual(try XCTUnwrap(result.objective), try XCTUnwrap(seen.values.first), accuracy: 1e-9)
        XCTAssertGreaterThan(try XCTUnwrap(result.gap), 1e-4, "not proven: the caller's bound, not GLPK's, ended it")
        XCTAssertEqual(TestModels.hardKnapsack().objectiveValue(result.values), try XCTUnwrap(result.objective), accuracy: 1e-6)
    }

    /// The start counts as an incumbent: good enough already, it is the answer without a search. Not good
    /// enough, the search goes on to the optimum.
    func testAStartGoodEnoughIsTheAnswerAndOneNotGoodEnoughIsImprovedOn() throws {
        var options = exact()
        options.startingSolution = [0, 0, 0, 0, 0]  // objective 0: nothing taken
        options.stopsAtIncumbent = { $0 <= 0 }
        let stopped = try solver.solve(TestModels.knapsack(), options: options)
        XCTAssertEqual(stopped.termination, .interrupted, stopped.rawText)
        XCTAssertEqual(stopped.values, [0, 0, 0, 0, 0])

        options.stopsAtIncumbent = { $0 <= TestModels.knapsackOptimum - 1 }  // better than any solution
        let finished = try solver.solve(TestModels.knapsack(), options: options)
        XCTAssertEqual(finished.termination, .optimal, finished.rawText)
        XCTAssertEqual(try XCTUnwrap(finished.objective), TestModels.knapsackOptimum, accuracy: 1e-9)
    }

    func testStartingSolutionIsAccepted() throws {
        let log = LineLog()
        var options = exact()
        options.startingSolution = TestModels.knapsackChoice
        options.log = { log.append($0) }
        let result = try solver.solve(TestModels.knapsack(), options: options)
        XCTAssertEqual(result.termination, .optimal)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.knapsackOptimum, accuracy: 1e-9)
        XCTAssertTrue(log.lines.contains("Starting solution accepted as incumbent (objective -22.0)"), "\(log.lines)")
    }

    func testStartingSolutionIsTheAnswerWhenTheRootLPRunsOutOfTime() throws {
        // A block solve whose LP outlasts its seconds must still return the plan it was given.
        let (model, identity, identityCost) = TestModels.largeAssignment()
        var options = exact()
        options.timeLimit = 0.05
        options.startingSolution = identity
        let result = try solver.solve(model, options: options)
        XCTAssertEqual(result.termination, .timeLimit, result.rawText)
        XCTAssertTrue(result.hasSolution)
        XCTAssertEqual(result.values, identity)
        XCTAssertEqual(try XCTUnwrap(result.objective), identityCost, accuracy: 1e-9)

        options.startingSolution = nil
        XCTAssertFalse(try solver.solve(model, options: options).hasSolution, "without a start nothing is found in time")
    }

    func testInfeasibleStartingSolutionIsSkipped() throws {
        let log = LineLog()
        var options = exact()
        options.startingSolution = [1, 1, 0, 0, 0]  // weight 11 > 10
        options.log = { log.append($0) }
        let result = try solver.solve(TestModels.knapsack(), options: options)
        XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.knapsackOptimum, accuracy: 1e-9)
        XCTAssertTrue(
            log.lines.contains("Starting solution skipped: row 'capacity' has activity '11.0' outside its bounds"),
            "\(log.lines)")
    }

    func testStartingSolutionIgnoredWithPresolve() throws {
        let log = LineLog()
        var options = exact()
        options.presolve = true
        options.startingSolution = TestModels.knapsackChoice
        options.log = { log.append($0) }
        _ = try solver.solve(TestModels.knapsack(), options: options)
        XCTAssertTrue(log.lines.contains("Starting solution ignored: GLPK takes one only with presolve off"))
    }

    func testLogReceivesGLPKOutput() throws {
        let log = LineLog()
        var options = exact()
        options.log = { log.append($0) }
        _ = try solver.solve(TestModels.facilityLocation(), options: options)
        XCTAssertTrue(log.lines.contains { $0.contains("tree is empty") }, "\(log.lines)")
    }

    func testNothingReachesStandardOutput() throws {
        var logged = exact()
        logged.log = { _ in }
        let printed = try capturingStandardOutput {
            _ = try solver.solve(TestModels.facilityLocation(), options: exact())
            _ = try solver.solve(TestModels.facilityLocation(), options: logged)
        }
        XCTAssertEqual(printed, "")
    }

    func testParallelSolvesOnSeparateThreads() throws {
        let results = ResultLog()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let model = index.isMultiple(of: 2) ? TestModels.knapsack() : TestModels.assignment()
            results.append(index, try? GLPKSolver().solve(model, options: SolverOptions()))
        }
        for index in 0..<4 {
            let expected = index.isMultiple(of: 2) ? TestModels.knapsackOptimum : TestModels.assignmentOptimum
            XCTAssertEqual(try XCTUnwrap(results.objective(index)), expected, accuracy: 1e-9)
        }
    }

    func testVersion() {
        XCTAssertTrue(GLPKSolver.version.hasPrefix("5."), GLPKSolver.version)
    }

    private func exact() -> SolverOptions {
        var options = SolverOptions()
        options.relativeGap = 0
        return options
    }
}
