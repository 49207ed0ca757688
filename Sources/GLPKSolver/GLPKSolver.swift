import MIP

/// Solves `Model`s with GLPK's simplex and branch-and-cut (glp_simplex, glp_intopt).
///
/// Each call validates the model and options in Swift, then runs create → solve → read → delete
/// on a thread of its own and waits for it, so calls are synchronous, may come from any thread,
/// and may run in parallel. An LP (a relaxation or a MIP's root) is solved by dual simplex with the
/// long-step ratio test unless presolve is on, or by the primal simplex from a given basis that meets every
/// bound (`SolverOptions.startingBasis`). A starting solution is used only with presolve off.
public struct GLPKSolver: MIPSolver {
    public init() {}

    /// GLPK's version, e.g. "5.0" (glp_version).
    public static let version: String = (try? GLPKSession.run(log: nil) { _ in GLPKEnvironment.version }) ?? "unknown"

    public var version: String { Self.version }

    /// Throws `MIPError` for invalid options or model data (before GLPK sees them) and after a GLPK
    /// fatal error; infeasible, unbounded and stopped solves come back as results.
    public func solve(_ model: Model, options: SolverOptions) throws -> SolveResult {
        let stopwatch = Stopwatch()
        let optionProblems = options.validate()
        guard optionProblems.isEmpty else {
            throw MIPError(optionProblems.joined(separator: "\n"))
        }
        try ModelValidator.check(model, startingSolution: options.startingSolution)
        return try GLPKSession.run(log: options.log) { output in
            SolveRun(model: model, options: options, stopwatch: stopwatch).perform(output: output)
        }
    }
}
