/// How a solve should run. Checked by `validate()` before any solver sees it.
public struct SolverOptions: Sendable {
    /// Wall-clock limit in seconds; nil = none. Enforced by the caller's own clock, not only the solver's.
    public var timeLimit: Double? = nil
    /// Stop when (objective − bound) / max(1, |objective|) ≤ this. Default 1e-4 (SPEC).
    public var relativeGap: Double = 1e-4
    public var presolve: Bool = false
    public var feasibilityPump: Bool = false
    public var proximitySearch: Bool = false
    /// The families of cutting planes the solver adds to a MIP (none by default).
    public var cuts: CutFamilies = []
    public var branching: Branching = .driebeckTomlin
    /// Branch on integer variables marked `branchesFirst` before the others (`branching` then picks among
    /// the rest). Without cuts it raised GLPK's tree bound faster and found plans more slowly; with GLPK's MIR
    /// cuts it slowed a whole district's proof threefold. GLPK ignores it with presolve on.
    public var honoursBranchingHints = false
    public var backtracking: Backtracking = .bestLocalBound
    /// Solve only the LP relaxation (integrality dropped); returns row duals too.
    public var relaxation: Bool = false
    /// A full assignment offered to the solver as a first incumbent (checked for feasibility first).
    public var startingSolution: [Double]? = nil
    /// The basis to start the simplex from (`SolveResult.basis` of an earlier LP solve of a model with the same
    /// rows and columns): a relaxation's, or a MIP's root LP (presolve off). One that does not fit the model, or that the solver finds
    /// singular, is set aside and the solve starts as without it.
    public var startingBasis: LPBasis? = nil
    /// Called with the solver's progress from the solving thread; keep it quick.
    public var progress: (@Sendable (SolveProgress) -> Void)? = nil
    /// Polled during the search; returning true stops it with the best solution so far (e.g. Ctrl-C).
    public var shouldStop: (@Sendable () -> Bool)? = nil
    /// Called with the incumbent's objective as the search goes (GLPK: at every callback, whatever found the
    /// incumbent, the accepted `startingSolution` included); returning true
    /// stops the search with it, as `shouldStop` does. For a caller that knows a bound the solver does not
    /// (a sub-MIP of a larger search), so that a solution good enough for the whole is not followed by a
    /// proof of the sub-MIP's own optimum.
    public var stopsAtIncumbent: (@Sendable (Double) -> Bool)? = nil
    /// Receives the solver's own log, one line per call without its line break, instead of standard output.
    public var log: (@Sendable (String) -> Void)? = nil

    public init() {}

    /// Cutting-plane families, as GLPK names them (glp_iocp's gmi_cuts, mir_cuts, cov_cuts, clq_cuts).
    public struct CutFamilies: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Gomory's mixed-integer cuts.
        public static let gomory = CutFamilies(rawValue: 1)
        /// Mixed-integer rounding cuts.
        public static let mixedIntegerRounding = CutFamilies(rawValue: 2)
        /// Mixed cover cuts (knapsack rows).
        public static let cover = CutFamilies(rawValue: 4)
        /// Clique cuts (from the conflict graph of binary columns).
        public static let clique = CutFamilies(rawValue: 8)
        public static let all: CutFamilies = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    public enum Branching: String, Sendable, CaseIterable {
        case firstFractional, lastFractional, mostFractional, driebeckTomlin
    }

    public enum Backtracking: String, Sendable, CaseIterable {
        case depthFirst, breadthFirst, bestLocalBound, bestProjection
    }

    /// Every problem with these options, as sentences naming the option and the bad value.
    public func validate() -> [String] {
        var problems: [String] = []
        if let limit = timeLimit, !(limit > 0 && limit.isFinite) {
            problems.append("Value \(limit) for option 'timeLimit' must be a positive number of seconds")
        }
        if !(relativeGap >= 0 && relativeGap.isFinite) {
            problems.append("Value \(relativeGap) for option 'relativeGap' is below lower bound of 0")
        }
        return problems
    }
}

public struct SolveProgress: Sendable {
    public var incumbent: Double?
    public var bound: Double?
    public var gap: Double?
    public var seconds: Double
    public var nodes: Int

    /// `gap` is the SPEC's gap of `incumbent` and `bound`, as in `SolveResult.gap`.
    public init(incumbent: Double?, bound: Double?, seconds: Double, nodes: Int) {
        self.incumbent = incumbent
        self.bound = bound
        self.gap = relativeGap(objective: incumbent, bound: bound)
        self.seconds = seconds
        self.nodes = nodes
    }
}
