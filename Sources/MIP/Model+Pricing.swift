/// A lower bound on a model's LP (and so on its MIP) found by column generation over the model's own columns.
public struct PricedBound: Sendable {
    /// Valid for any row duals: the best Lagrangian bound of the rounds (see `pricedLPBound`).
    public var bound: Double
    /// The last restricted LP's solution over all columns (0 for columns it left out).
    public var values: [Double]
    /// true when no column left out could lower the restricted LP: `bound` is then the LP optimum.
    public var converged: Bool
    public var rounds: Int
    /// Columns in the last restricted LP.
    public var columns: Int
}

extension Model {
    /// The LP bound of a model whose LP is too large to solve whole in time (a city's 国培 programme, 108k
    /// columns: 127 s in GLPK). Each round solves the LP over `active` columns only, with the rows they meet,
    /// reads its row duals y and prices every column: d_j = c_j − Σ_i a_ij y_i. For any y with the sign a
    /// minimisation allows (y_i ≥ 0 where only `lower` is finite, ≤ 0 where only `upper` is),
    ///     L(y) = constant + Σ_i y_i·(lower_i if y_i > 0 else upper_i) + Σ_j d_j·(l_j if d_j ≥ 0 else u_j)
    /// is at most the objective of every solution within the rows and bounds (weak duality), so every round
    /// gives a valid bound whether or not the rounds finish. The columns with the most negative d_j join
    /// the next round; when none is negative, L equals the LP optimum.
    /// Returns nil when a restricted LP has no optimum (a start that leaves a row unsatisfiable).
    public func pricedLPBound(
        startingWith initial: [Int], solver: any MIPSolver, options: SolverOptions,
        clock: ContinuousClock.Instant = .now, columnsPerRound: Int = 5_000
    ) throws -> PricedBound? {
        var active = Set(initial)
        var best: PricedBound?
        var rounds = 0
        let seconds = options.timeLimit ?? .infinity
        while true {
            rounds += 1
            let left = seconds - (ContinuousClock.now - clock).seconds
            guard left > 0.5 else { return best }
            let restricted = restriction(to: active.sorted())
            var lpOptions = options
            lpOptions.relaxation = true
            lpOptions.timeLimit = options.timeLimit == nil ? nil : left
            let result = try solver.solve(restricted.model, options: lpOptions)
            guard result.termination == .optimal, result.hasSolution else { return best }

            var duals = [Double](repeating: 0, count: constraints.count)
            for (position, row) in restricted.rows.enumerated() { duals[row] = result.duals[position] }
            let (bound, reduced) = lagrangian(rowDuals: duals)
            var entering: [(column: Int, cost: Double)] = []
            for (column, cost) in reduced.enumerated() where cost < -1e-7 && !active.contains(column) {
                entering.append((column, cost))
            }
            var values = [Double](repeating: 0, count: variables.count)
            for (position, column) in restricted.columns.enumerated() { values[column] = result.values[position] }
            for (column, value) in restricted.idle { values[column] = value }
            let converged = entering.isEmpty
            if bound.isFinite, bound > best?.bound ?? -.infinity || converged {
                best = PricedBound(bound: max(bound, best?.bound ?? -.infinity), values: values, converged: converged,
                                   rounds: rounds, columns: restricted.columns.count + restricted.idle.count)
            }
            if converged { return best }
            entering.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.column < $1.column }
            active.formUnion(entering.prefix(columnsPerRound).map(\.column))
        }
    }

    /// L(y) for row duals y (one per row), the weak-duality bound above, and the reduced cost of every column.
    /// A dual of the wrong sign for a one-sided row counts as 0, which keeps L(y) valid; so any vector of
    /// duals gives a bound, also those of an LP stopped before its optimum (the last basis GLPK's simplex
    /// reached; the nearer the optimum, the nearer L(y) to the LP's value).
    public func lagrangian(rowDuals: [Double]) -> (bound: Double, reducedCosts: [Double]) {
        precondition(rowDuals.count == constraints.count, "one dual per row")
        var reduced = variables.map(\.cost)
        var bound = objectiveConstant
        for (row, constraint) in constraints.enumerated() {
            let dual = rowDuals[row]
            guard dual > 0 && constraint.lower.isFinite || dual < 0 && constraint.upper.isFinite else { continue }
            bound += dual * (dual > 0 ? constraint.lower : constraint.upper)
            for term in constraint.terms { reduced[term.variable.index] -= term.coefficient * dual }
        }
        for (column, variable) in variables.enumerated() {
            let cost = reduced[column]
            bound += cost >= 0 ? (cost == 0 ? 0 : cost * variable.lower) : cost * variable.upper
        }
        return (bound, reduced)
    }

    /// The model over `columns` only, with the rows those columns can still break (a row met by no kept
    /// column, or one that holds for every value within the kept columns' bounds, is left out). A kept
    /// column that meets none of those rows sits at its cheaper bound, in the objective's constant (a city's
    /// 国培 model: its 22,000 away and reward columns, idle until a teacher of theirs is priced in).
    private func restriction(to columns: [Int]) -> (model: Model, columns: [Int], rows: [Int], idle: [(Int, Double)]) {
        var active = [Bool](repeating: false, count: variables.count)
        for column in columns { active[column] = true }
        var rows: [Int] = []
        var meetsRow = [Bool](repeating: false, count: variables.count)
        for (row, constraint) in constraints.enumerated() {
            var least = 0.0
            var most = 0.0
            var met = false
            for term in constraint.terms where active[term.variable.index] {
                let variable = variables[term.variable.index]
                let (atLower, atUpper) = (term.coefficient * variable.lower, term.coefficient * variable.upper)
                least += min(atLower, atUpper)
                most += max(atLower, atUpper)
                met = true
            }
            guard met, !(least >= constraint.lower && most <= constraint.upper) else { continue }
            rows.append(row)
            for term in constraint.terms where active[term.variable.index] { meetsRow[term.variable.index] = true }
        }
        var model = Model(name: name + "-restricted")
        model.objectiveConstant = objectiveConstant
        var position = [Int](repeating: -1, count: variables.count)
        var kept: [Int] = []
        var idle: [(Int, Double)] = []
        for column in columns {
            let variable = variables[column]
            let cheaper = variable.cost >= 0 ? variable.lower : variable.upper
            if !meetsRow[column], cheaper.isFinite {
                idle.append((column, cheaper))
                model.objectiveConstant += variable.cost * cheaper
                continue
            }
            position[column] = model.addVariable(
                variable.name, kind: .continuous, lower: variable.lower, upper: variable.upper, cost: variable.cost
            ).index
            kept.append(column)
        }
        for row in rows {
            let constraint = constraints[row]
            let terms = constraint.terms.filter { position[$0.variable.index] >= 0 }
                .map { Term(Variable(index: position[$0.variable.index]), $0.coefficient) }
            model.addConstraint(constraint.name, terms, lower: constraint.lower, upper: constraint.upper)
        }
        return (model, kept, rows, idle)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
