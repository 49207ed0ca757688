import Foundation
import MIP
import TestSupport

/// A solver (GLPK by default) recording the starting basis and the cuts of each MIP it is given.
final class OptionsRecordingSolver: MIPSolver, @unchecked Sendable {
    private let lock = NSLock()
    private let delegate: any MIPSolver
    private var recorded: [(basis: LPBasis?, cuts: SolverOptions.CutFamilies)] = []
    var version: String { "recording" }

    init(delegate: any MIPSolver = testSolver) { self.delegate = delegate }

    func solves() -> [(basis: LPBasis?, cuts: SolverOptions.CutFamilies)] { lock.withLock { recorded } }

    func solve(_ model: Model, options: SolverOptions) throws -> SolveResult {
        if !options.relaxation { lock.withLock { recorded.append((options.startingBasis, options.cuts)) } }
        return try delegate.solve(model, options: options)
    }
}
