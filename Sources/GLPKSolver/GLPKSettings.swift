import MIP

/// What glp_simplex is told (its glp_smcp), derived from `SolverOptions`.
struct SimplexSettings: Equatable {
    var messageLevel: GLPKMessageLevel
    /// Dual simplex with the long-step ratio test measured several times faster than GLPK's
    /// default primal simplex on assignment-like relaxations.
    var method = GLPKSimplexMethod.dualThenPrimal
    var ratioTest = GLPKRatioTest.longStep
    var presolve: Bool
    var timeLimitMilliseconds: Int32

    init(options: SolverOptions, remainingSeconds: Double?) {
        messageLevel = GLPKMessageLevel(logging: options.log != nil)
        // A MIP's root LP runs without presolve: glp_intopt then needs the optimal basis it leaves.
        presolve = options.relaxation && options.presolve
        timeLimitMilliseconds = glpkMilliseconds(remainingSeconds)
    }
}

/// What glp_intopt is told (its glp_iocp, less the callback), derived from `SolverOptions`.
struct BranchAndCutSettings: Equatable {
    var messageLevel: GLPKMessageLevel
    var branching: SolverOptions.Branching
    var backtracking: SolverOptions.Backtracking
    var relativeGap: Double
    var presolve: Bool
    var feasibilityPump: Bool
    var proximitySearch: Bool
    var cuts: SolverOptions.CutFamilies
    /// GLPK overruns tm_lim by many seconds; the search monitor enforces the deadline itself too.
    var timeLimitMilliseconds: Int32
    /// Proximity search runs its own inner search that the callback cannot stop, so its
    /// limit (GLPK's default 60 s) is cut to the time left.
    var proximitySearchMilliseconds: Int32

    static let defaultProximitySearchMilliseconds: Int32 = 60_000

    /// glp_iocp's switches for each cut family.
    var gomoryCuts: Int32 { glpkSwitch(cuts.contains(.gomory)) }
    var mixedIntegerRoundingCuts: Int32 { glpkSwitch(cuts.contains(.mixedIntegerRounding)) }
    var coverCuts: Int32 { glpkSwitch(cuts.contains(.cover)) }
    var cliqueCuts: Int32 { glpkSwitch(cuts.contains(.clique)) }

    init(options: SolverOptions, remainingSeconds: Double?) {
        messageLevel = GLPKMessageLevel(logging: options.log != nil)
        branching = options.branching
        backtracking = options.backtracking
        relativeGap = options.relativeGap
        presolve = options.presolve
        feasibilityPump = options.feasibilityPump
        proximitySearch = options.proximitySearch
        cuts = options.cuts
        timeLimitMilliseconds = glpkMilliseconds(remainingSeconds)
        proximitySearchMilliseconds = min(Self.defaultProximitySearchMilliseconds, timeLimitMilliseconds)
    }
}

extension GLPKMessageLevel {
    /// Normal output only when someone reads it; errors are always kept for error messages.
    init(logging: Bool) {
        self = logging ? .normal : .errorsOnly
    }
}

/// GLPK's time limits are whole milliseconds in an int; INT_MAX (its default) means none.
/// At least 1 ms: 0 would be a limit already reached.
func glpkMilliseconds(_ seconds: Double?) -> Int32 {
    guard let seconds else { return Int32.max }
    let milliseconds = (seconds * 1000).rounded(.up)
    return milliseconds >= Double(Int32.max) ? Int32.max : Int32(max(1, milliseconds))
}
