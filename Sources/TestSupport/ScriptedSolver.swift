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
        /// large LP does; the others, and every MIP, go to `delegate`. A stopped LP leaves a basis: a solve of
        /// the same model started from it counts the seconds that solve had (a simplex going on where it stopped).
        case relaxationsNeedSeconds(Double)
        /// LP relaxations given less than this many seconds end at their time limit without a solution but
        /// with row duals: those of the optimum (from `delegate`) times the share of these seconds they had, as
        /// a simplex stopped partway leaves a basis that far along. The others, and every MIP, go to `delegate`.
        /// Started from the basis a stopped solve left, as `relaxationsNeedSeconds`.
        case relaxationsStopEarly(needSeconds: Double)
        /// Every MIP finds its optimum at once (from `delegate`) and then goes on, as a tree still proving it
        /// does, until its time limit or `shouldStop`, unless `stopsAtIncumbent` takes that optimum as good
        /// enough; LPs go to `delegate`.
        case mipsFindOptimumThenRunUntilStopped
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
    /// Seconds the stopped LPs of each model have had so far, for solves started from their basis.
    private let spent = SpentSeconds()

    public init(_ behaviour: Behaviour, delegate: any MIPSolver) {
        self.behaviour = behaviour
        self.delegate = delegate
    }

    /// The seconds an LP solve has in all: its own, and those of the stopped solves before it when it starts
    /// from their basis. A stopped solve's seconds are recorded for the next.
    private func secondsInAll(_ model: Model, _ options: SolverOptions) -> Double {
        let own = options.timeLimit ?? .infinity
        let key = "\(model.name) \(model.variables.count)×\(model.constraints.count)"
        return spent.add(own, to: key, continuing: options.startingBasis != nil)
    }

    /// The basis a stopped scripted LP leaves: every row's slack basic (its statuses matter only to GLPK).
    private func stoppedBasis(_ model: Model) -> LPBasis {
        LPBasis(columns: Array(repeating: .atLower, count: model.variables.count),
                rows: Array(repeating: .basic, count: model.constraints.count), primalFeasible: false, dualFeasible: true)
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
            if options.relaxation, secondsInAll(model, options) < needed {
                return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                                   basis: stoppedBasis(model), seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: LP unfinished")
            }
            return try delegate.solve(model, options: cold(options))
        case .relaxationsStopEarly(let needed):
            guard options.relaxation else { return try delegate.solve(model, options: options) }
            let given = secondsInAll(model, options)
            guard given < needed else { return try delegate.solve(model, options: cold(options)) }
            let scale = given / needed
            let optimum = try delegate.solve(model, options: cold(options))
            return SolveResult(termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [],
                               duals: optimum.duals.map { $0 * scale }, basis: stoppedBasis(model), seconds: 0, nodes: 0,
                               rawCode: 0, rawText: "scripted: LP stopped early")
        case .mipsFindOptimumThenRunUntilStopped:
            guard !options.relaxation else { return try delegate.solve(model, options: options) }
            var quick = SolverOptions()
            quick.timeLimit = options.timeLimit
            var found = try delegate.solve(model, options: quick)
            if found.hasSolution, let objective = found.objective, options.stopsAtIncumbent?(objective) == true {
                found.termination = .interrupted
                return found
            }
            found.termination = runUntilStopped(options) ? .interrupted : .timeLimit
            return found
        case .mipsRunUntilStopped:
            guard !options.relaxation else { return try delegate.solve(model, options: options) }
            let stopped = runUntilStopped(options)
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

    /// Waits until the solve's time limit or until `shouldStop` says so; returns whether it was stopped.
    private func runUntilStopped(_ options: SolverOptions) -> Bool {
        let deadline = ContinuousClock.now + .seconds(min(options.timeLimit ?? 3_600, 3_600))
        while ContinuousClock.now < deadline {
            if options.shouldStop?() == true { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    /// The options without the scripted basis, which is no real basis of the model.
    private func cold(_ options: SolverOptions) -> SolverOptions {
        var copy = options
        copy.startingBasis = nil
        return copy
    }
}

/// Seconds per model, shared by the copies of a `ScriptedSolver`.
private final class SpentSeconds: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]

    /// `own` plus what `key` had before when `continuing`, else `own` alone; remembered as the new total.
    func add(_ own: Double, to key: String, continuing: Bool) -> Double {
        lock.withLock {
            let total = own + (continuing ? seconds[key] ?? 0 : 0)
            seconds[key] = total
            return total
        }
    }
}
