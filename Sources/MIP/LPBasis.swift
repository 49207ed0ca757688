/// A simplex basis: the status of every column and row of a model, as an LP solve left it. Given back as
/// `SolverOptions.startingBasis` it lets a solve of the same rows start where the last one ended instead of
/// from every row's slack (the bound's multiplier rounds change only costs between solves).
public struct LPBasis: Sendable, Equatable {
    public enum Status: UInt8, Sendable {
        case basic
        /// Non-basic at its lower bound.
        case atLower
        /// Non-basic at its upper bound.
        case atUpper
        /// Non-basic and free (no bounds).
        case free
        /// Non-basic at its fixed value.
        case fixed
    }

    /// Per model variable.
    public var columns: [Status]
    /// Per model constraint (the status of its slack).
    public var rows: [Status]
    /// Whether the basis's solution met every bound when it was read: then a solve whose costs changed
    /// still starts feasible (or nearly, once carried to a model of other multipliers), and the solver
    /// takes it from there with the primal simplex; otherwise (a dual simplex stopped by its time limit)
    /// with the dual simplex.
    public var primalFeasible: Bool
    /// Whether its reduced costs had the optimal signs when it was read (with `primalFeasible`: an optimum).
    public var dualFeasible: Bool

    public init(columns: [Status], rows: [Status], primalFeasible: Bool, dualFeasible: Bool) {
        self.columns = columns
        self.rows = rows
        self.primalFeasible = primalFeasible
        self.dualFeasible = dualFeasible
    }

    /// A basis has exactly one basic variable (column or row slack) per row.
    public var isComplete: Bool {
        columns.count(where: { $0 == .basic }) + rows.count(where: { $0 == .basic }) == rows.count
    }

    /// Whether it can start a solve of `model`: one status per variable and per constraint, complete.
    public func fits(_ model: Model) -> Bool {
        columns.count == model.variables.count && rows.count == model.constraints.count && isComplete
    }
}
