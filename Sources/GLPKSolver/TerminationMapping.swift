import MIP

/// What GLPK reported at the end of a solve: the last call's return code and the statuses to read.
struct GLPKOutcome {
    enum Call: String {
        case simplex = "glp_simplex", intopt = "glp_intopt"
    }

    var call: Call
    var returnCode: Int32
    /// glp_get_status, glp_get_prim_stat, glp_get_dual_stat: the LP relaxation's basic solution.
    var lpStatus: GLPKSolutionStatus?
    var lpPrimalStatus: GLPKSolutionStatus?
    var lpDualStatus: GLPKSolutionStatus?
    /// glp_mip_status; nil after glp_simplex.
    var mipStatus: GLPKSolutionStatus?
    /// Set when this backend stopped the search itself.
    var stopCause: StopCause?
}

struct TerminationVerdict: Equatable {
    var reason: TerminationReason
    /// Whether the solution of the last call (basic after glp_simplex, MIP after glp_intopt) is feasible.
    var hasSolution: Bool
    var rawText: String
}

/// The one place that turns every glp_simplex / glp_intopt return code and solution status into
/// a termination reason.
func terminationVerdict(for outcome: GLPKOutcome) -> TerminationVerdict {
    let code = GLPKReturnCode(rawValue: outcome.returnCode)
    let hasIncumbent = outcome.mipStatus == .feasible || outcome.mipStatus == .optimal
    let reason: TerminationReason
    var hasSolution = hasIncumbent
    switch code {
    case .success where outcome.call == .simplex:
        reason = lpReason(outcome)
        hasSolution = reason == .optimal
    case .success:
        switch outcome.mipStatus {
        case .optimal: reason = .optimal
        case .noFeasible: reason = .infeasible
        default: reason = .error
        }
    case .rootLPNotOptimal:
        // Only without presolve: glp_intopt found the LP relaxation not solved; its statuses say why.
        reason = lpReason(outcome)
        hasSolution = false
    case .relativeGapReached:
        reason = .optimal
    case .timeLimit:
        reason = .timeLimit
    case .stoppedByApplication:
        reason = outcome.stopCause == .timeLimit ? .timeLimit : .interrupted
    case .noPrimalFeasible:
        // The presolver proved the LP relaxation, hence the problem, infeasible.
        reason = .infeasible
    case .noDualFeasible:
        // The presolver proved the LP relaxation has no dual solution: it is unbounded
        // (or infeasible too; GLPK cannot tell which here).
        reason = .unbounded
    case .invalidBasis, .singularMatrix, .illConditioned, .invalidBounds, .solverFailed,
         .objectiveLowerLimit, .objectiveUpperLimit, .iterationLimit, .none:
        reason = .error
    }
    return TerminationVerdict(reason: reason, hasSolution: hasSolution, rawText: describe(outcome))
}

/// Why an LP relaxation ended, from its statuses after a successful glp_simplex (or GLP_EROOT).
private func lpReason(_ outcome: GLPKOutcome) -> TerminationReason {
    if outcome.lpStatus == .optimal { return .optimal }
    if outcome.lpStatus == .noFeasible || outcome.lpPrimalStatus == .noFeasible { return .infeasible }
    if outcome.lpStatus == .unbounded || (outcome.lpPrimalStatus == .feasible && outcome.lpDualStatus == .noFeasible) {
        return .unbounded
    }
    return .error
}

/// E.g. "glp_intopt returned 0x09 (GLP_ETMLIM); glp_mip_status GLP_FEAS".
private func describe(_ outcome: GLPKOutcome) -> String {
    let code = GLPKReturnCode(rawValue: outcome.returnCode)
    let codeName = code.map(\.cName) ?? "unknown code"
    var text = "\(outcome.call.rawValue) returned \(outcome.returnCode) (\(codeName))"
    if outcome.call == .simplex || code == .rootLPNotOptimal {
        text += "; glp_get_status \(outcome.lpStatus?.cName ?? "?")"
    }
    if outcome.call == .intopt {
        text += "; glp_mip_status \(outcome.mipStatus?.cName ?? "?")"
    }
    if let cause = outcome.stopCause {
        text += "; stopped by \(cause == .timeLimit ? "time limit" : "request")"
    }
    return text
}
