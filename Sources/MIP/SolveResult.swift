/// Why the solver stopped.
public enum TerminationReason: String, Sendable {
    case optimal, infeasible, unbounded, timeLimit, interrupted, error
}

/// What came out of a solve. Infeasible is an answer, not an error.
public struct SolveResult: Sendable {
    public var termination: TerminationReason
    /// True when `values` hold a feasible solution (optimal or an incumbent).
    public var hasSolution: Bool
    public var objective: Double?
    /// Best proven lower bound on the optimum (minimisation).
    public var bound: Double?
    public var values: [Double]
    /// Row duals of the LP relaxation (only for `relaxation` solves; for one stopped early, those of its
    /// last basis, which still bound the model through `Model.lagrangian`).
    public var duals: [Double]
    /// The basis an LP solve ended with (`relaxation` solves that finished or stopped; nil otherwise).
    public var basis: LPBasis?
    /// Simplex iterations of the solve, a MIP's tree included (0 when the solver does not say).
    public var simplexIterations = 0
    public var seconds: Double
    public var nodes: Int
    /// The solver's own return code and a short text for it, kept for diagnosis.
    public var rawCode: Int32
    public var rawText: String

    public init(
        termination: TerminationReason, hasSolution: Bool, objective: Double?, bound: Double?,
        values: [Double], duals: [Double] = [], basis: LPBasis? = nil, seconds: Double, nodes: Int, rawCode: Int32,
        rawText: String
    ) {
        self.termination = termination
        self.hasSolution = hasSolution
        self.objective = objective
        self.bound = bound
        self.values = values
        self.duals = duals
        self.basis = basis
        self.seconds = seconds
        self.nodes = nodes
        self.rawCode = rawCode
        self.rawText = rawText
    }

    /// (objective − bound) / max(1, |objective|), the SPEC's gap; nil without both numbers.
    public var gap: Double? { relativeGap(objective: objective, bound: bound) }
}

/// (objective − bound) / max(1, |objective|), the SPEC's gap; nil without both numbers.
func relativeGap(objective: Double?, bound: Double?) -> Double? {
    guard let objective, let bound else { return nil }
    return max(0, objective - bound) / max(1, abs(objective))
}

public protocol MIPSolver: Sendable {
    /// The solver and its version as stamped on every plan it solves (e.g. GLPK's "5.0").
    var version: String { get }
    /// Solves `model` synchronously on the calling thread. Throws only when the solver
    /// could not be called properly (bad model data, a solver failure), never for infeasible.
    func solve(_ model: Model, options: SolverOptions) throws -> SolveResult
}

public struct MIPError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
