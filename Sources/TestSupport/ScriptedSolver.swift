import Foundation
import MIP

/// A `MIPSolver` for tests of the search itself (its stages, its time budget, its failure paths) without
/// GLPK: every solve gets the answer its `behaviour` says, or is passed on to a real solver.
public struct ScriptedSolver: MIPSolver {
    public enum Behaviour: Sendable {
        /// Every solve ends at its time limit without a solution.
        case noSolution
        /// Every solve throws, as a solver fault would.
        case failing
        /// LP relaxations throw (the bound fails); MIPs go to `delegate`.
        case failingRelaxations
        /// Every solve ends at its time limit with the starting solution it was given, or with none: GLPK's
        /// answer when its root LP outlasts the time (`SolveRun`).
        case startOnly
        /// LP relaxations given less than this many seconds end at their time limit without a solution, as a
        /// large LP does; the others, and every MIP, go to `delegate`.
        case relaxationsNeedSeconds(Double)
        /// LP relaxations given less than this many seconds end at their time limit without a solution but
        /// with row duals: those of the optimum (from `delegate`) times the share of these seconds they had, as
        /// a simplex stopped partway leaves a basis that far along. The others, and every MIP, go to `delegate`.
        case relaxationsStopEarly(needSeconds: Double)
        /// MIPs with more columns than this end at their time limit without a solution, their start included
        /// (a large block whose root LP outlasts its time); smaller MIPs and every LP go to `delegate`.
        case mipsUnsolvedAbove(columns: Int)
        /// Every MIP runs until its time limit or until `shouldStop` says so, then ends with the start it was
        /// given (a long search that finds nothing better); LPs go to `delegate`.
        case mipsRunUntilStopped
    }

    public let behaviour: Behaviour
    public let delegate: any MIPSolver
    public var version: String { "scripted" }

    public init(_ behaviour: Behaviour, delegate: any MIPSolver) {
        self.behaviour = behaviour
        self.delegate = delegate
    }

    public func solve(_ model: Model, options: SolverOptions) throws -> SolveResult {
        switch behaviour {
        case .noSolution:
            return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                               seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: no solution")
        case .failing:
            throw MIPError("scripted solver fault")
        case .startOnly:
            guard let start = options.startingSolution, !options.relaxation else {
                return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                                   seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: no solution")
            }
            return SolveResult(termination: .timeLimit, hasSolution: true, objective: model.objectiveValue(start), bound: nil,
                               values: start, seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: the start")
        case .failingRelaxations:
            if options.relaxation { throw MIPError("scripted LP fault") }
            return try delegate.solve(model, options: options)
        case .relaxationsNeedSeconds(let needed):
            if options.relaxation, (options.timeLimit ?? .infinity) < needed {
                return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                                   seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: LP unfinished")
            }
            return try delegate.solve(model, options: options)
        case .relaxationsStopEarly(let needed):
            let given = options.timeLimit ?? .infinity
            guard options.relaxation, given < needed else { return try delegate.solve(model, options: options) }
            let scale = given / needed
            let optimum = try delegate.solve(model, options: options)
            return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                               duals: optimum.duals.map { $0 * scale }, seconds: 0, nodes: 0, rawCode: 0,
                               rawText: "scripted: LP stopped early")
        case .mipsRunUntilStopped:
            guard !options.relaxation else { return try delegate.solve(model, options: options) }
            let deadline = ContinuousClock.now + .seconds(min(options.timeLimit ?? 3_600, 3_600))
            var stopped = false
            while ContinuousClock.now < deadline, !stopped {
                Thread.sleep(forTimeInterval: 0.01)
                stopped = options.shouldStop?() ?? false
            }
            return SolveResult(termination: stopped ? .interrupted : .timeLimit, hasSolution: options.startingSolution != nil,
                               objective: options.startingSolution.map(model.objectiveValue), bound: nil,
                               values: options.startingSolution ?? [], seconds: 0, nodes: 0, rawCode: 0,
                               rawText: "scripted: ran until stopped")
        case .mipsUnsolvedAbove(let columns):
            if !options.relaxation, model.variables.count > columns {
                return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                                   seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: too large to solve in time")
            }
            return try delegate.solve(model, options: options)
        }
    }
}
