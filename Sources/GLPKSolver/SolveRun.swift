import MIP

/// One solve inside a GLPK session: load the model, solve the LP relaxation, run branch-and-cut,
/// read the answer, delete the problem.
struct SolveRun {
    let model: Model
    let options: SolverOptions
    let stopwatch: Stopwatch

    func perform(output: TerminalOutput) -> SolveResult {
        let problem = GLPKProblem(loading: model)
        defer { problem.delete() }
        problem.scale()
        if options.relaxation {
            return solveRelaxation(problem, output: output)
        }
        let start = usableStart(output: output)
        var rootBound: Double?
        // With presolve on, glp_intopt solves the root LP itself; without, it needs an optimal basis.
        if !options.presolve {
            let code = solveLP(problem, output: output)
            // A root LP that is not optimal (infeasible, unbounded) ends the solve here: glp_intopt would only
            // print "optimal basis to initial LP relaxation not provided" and return GLP_EROOT.
            if code != GLPKReturnCode.success.rawValue || problem.lpStatus != .optimal {
                return keepingStart(start, result(of: outcome(of: .simplex, code, problem), problem, monitor: nil))
            }
            rootBound = problem.lpObjective
        } else if options.startingBasis != nil {
            output.note(Messages.basisNeedsPresolveOff)
        }
        let monitor = SearchMonitor(
            options: options, stopwatch: stopwatch, output: output,
            start: start, rootBound: rootBound, branchFirst: branchFirstColumns
        )
        let settings = BranchAndCutSettings(options: options, remainingSeconds: remainingSeconds)
        let code = problem.solveMIP(settings, monitor: monitor)
        return keepingStart(start, result(of: outcome(of: .intopt, code, problem, stopCause: monitor.stopCause), problem, monitor: monitor))
    }

    /// GLPK offers the start only once the root LP is solved: a solve stopped before that by its time limit
    /// or a stop request (a 35,000-column block whose LP outlasts its seconds) would return nothing although
    /// the caller gave a checked solution. The start is then the answer: a stopped solve never ends with less
    /// than it was given. (A solver error still ends without a solution.)
    private func keepingStart(_ start: [Double]?, _ result: SolveResult) -> SolveResult {
        guard let start, !result.hasSolution, result.termination == .timeLimit || result.termination == .interrupted
        else { return result }
        var kept = result
        kept.hasSolution = true
        kept.values = start
        kept.objective = model.objectiveValue(start)
        kept.bound = result.bound.map { min($0, kept.objective!) }
        kept.rawText += "; the starting solution is returned"
        return kept
    }

    /// GLPK's numbers of the integer columns marked `branchesFirst`. None with presolve on: the tree then
    /// works on the presolved problem, whose columns are not the model's (glp_ios_can_branch would abort on a
    /// number past its last column).
    private var branchFirstColumns: [Int32] {
        guard options.honoursBranchingHints, !options.presolve else { return [] }
        return model.variables.indices.compactMap { index in
            let variable = model.variables[index]
            return variable.branchesFirst && variable.kind != .continuous ? Int32(index + 1) : nil
        }
    }

    private var remainingSeconds: Double? {
        options.timeLimit.map { max(0, $0 - stopwatch.seconds) }
    }

    /// LP only: primal values, row duals, and the objective as its own bound. An LP stopped by its time limit
    /// keeps the row duals of its last basis, which still give a bound (`Model.lagrangian`).
    private func solveRelaxation(_ problem: GLPKProblem, output: TerminalOutput) -> SolveResult {
        let code = solveLP(problem, output: output)
        let verdict = terminationVerdict(for: outcome(of: .simplex, code, problem))
        let objective = verdict.hasSolution ? problem.lpObjective : nil
        var result = SolveResult(
            termination: verdict.reason, hasSolution: verdict.hasSolution, objective: objective, bound: objective,
            values: verdict.hasSolution ? problem.lpColumnValues : [],
            duals: verdict.hasSolution || verdict.reason == .timeLimit ? problem.lpRowDuals : [],
            basis: verdict.hasSolution || verdict.reason == .timeLimit ? problem.lpBasis : nil,
            seconds: stopwatch.seconds, nodes: 0, rawCode: code, rawText: verdict.rawText
        )
        result.simplexIterations = problem.simplexIterations
        return result
    }

    /// The LP (a relaxation, or a MIP's root) from `options.startingBasis` when there is a usable one, else
    /// from GLPK's advanced starting basis; glp_simplex's return code.
    private func solveLP(_ problem: GLPKProblem, output: TerminalOutput) -> Int32 {
        let fresh = {
            let settings = SimplexSettings(options: options, remainingSeconds: remainingSeconds)
            // With presolve on, GLPK builds the presolved problem's basis itself.
            if !settings.presolve { problem.useAdvancedBasis() }
            return problem.solveLP(settings)
        }
        guard let code = startingFromBasis(problem, output: output) else { return fresh() }
        guard code == GLPKReturnCode.invalidBasis.rawValue || code == GLPKReturnCode.singularMatrix.rawValue
            || code == GLPKReturnCode.illConditioned.rawValue else { return code }
        // The given basis does not factorize: start again as without it.
        output.note(Messages.startingBasisUnusable)
        return fresh()
    }

    /// Solves the LP from `options.startingBasis` when it fits the model (presolve off, which would drop
    /// it): with the primal simplex when the basis was primal feasible (costs changed, rows did not), else
    /// with the dual simplex (the same LP stopped by its time limit). nil when there is no usable basis.
    private func startingFromBasis(_ problem: GLPKProblem, output: TerminalOutput) -> Int32? {
        guard let basis = options.startingBasis else { return nil }
        guard basis.fits(model) else {
            output.note(Messages.startingBasisUnusable)
            return nil
        }
        problem.setBasis(basis)
        var settings = SimplexSettings(options: options, remainingSeconds: remainingSeconds)
        settings.presolve = false
        if basis.primalFeasible { settings.method = .primal }
        return problem.solveLP(settings)
    }

    private func outcome(
        of call: GLPKOutcome.Call, _ code: Int32, _ problem: GLPKProblem, stopCause: StopCause? = nil
    ) -> GLPKOutcome {
        GLPKOutcome(
            call: call, returnCode: code, lpStatus: problem.lpStatus,
            lpPrimalStatus: problem.lpPrimalStatus, lpDualStatus: problem.lpDualStatus,
            mipStatus: call == .intopt ? problem.mipStatus : nil, stopCause: stopCause
        )
    }

    private func result(of outcome: GLPKOutcome, _ problem: GLPKProblem, monitor: SearchMonitor?) -> SolveResult {
        let verdict = terminationVerdict(for: outcome)
        let objective = verdict.hasSolution ? problem.mipObjective : nil
        var result = SolveResult(
            termination: verdict.reason, hasSolution: verdict.hasSolution, objective: objective,
            bound: provenBound(verdict, outcome, objective: objective, searchBound: monitor?.bestBound),
            values: verdict.hasSolution ? problem.mipColumnValues : [],
            seconds: stopwatch.seconds, nodes: monitor?.createdNodes ?? 0,
            rawCode: outcome.returnCode, rawText: verdict.rawText
        )
        result.simplexIterations = problem.simplexIterations
        return result
    }

    /// A valid global lower bound, never above the objective.
    private func provenBound(
        _ verdict: TerminationVerdict, _ outcome: GLPKOutcome, objective: Double?, searchBound: Double?
    ) -> Double? {
        switch verdict.reason {
        case .infeasible, .unbounded:
            return nil
        case .optimal where outcome.mipStatus == .optimal:
            // GLPK says GLP_OPT only once the tree is exhausted: the incumbent itself is proven.
            return objective
        case .optimal:
            // Stopped at the gap tolerance: the last tree bound seen is the proof.
            return objective.map { min(searchBound ?? $0, $0) }
        case .timeLimit, .interrupted, .error:
            guard let searchBound else { return nil }
            return objective.map { min(searchBound, $0) } ?? searchBound
        }
    }

    /// The starting solution as GLPK may take it, or nil with a log note saying why not.
    private func usableStart(output: TerminalOutput) -> [Double]? {
        guard let start = options.startingSolution else { return nil }
        guard !options.presolve else {
            output.note(Messages.startNeedsPresolveOff)
            return nil
        }
        switch StartingSolution.check(start, for: model) {
        case .usable(let values):
            return values
        case .unusable(let reason):
            output.note(reason)
            return nil
        }
    }
}
