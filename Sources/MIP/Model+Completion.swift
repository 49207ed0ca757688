extension Model {
    /// A full assignment from `values` whose integer variables are given: every continuous variable is set to
    /// its cheapest value (lower bound when its cost is ≥ 0, upper bound when < 0) and then moved, as little as
    /// needed and cheapest first, to satisfy the rows it appears in. Made for starting solutions of models whose
    /// continuous variables each sit in one row (slacks, excesses, rewards); the solver still checks the result.
    public func completingContinuous(_ values: [Double]) -> [Double] {
        var result = values
        for (index, variable) in variables.enumerated() where variable.kind == .continuous {
            let preferred = variable.cost < 0 ? variable.upper : variable.lower
            result[index] = preferred.isFinite ? preferred : (variable.lower.isFinite ? variable.lower : 0)
        }
        for row in constraints {
            let continuous = row.terms.filter { variables[$0.variable.index].kind == .continuous }
            guard !continuous.isEmpty else { continue }
            var activity = row.terms.reduce(0.0) { $0 + $1.coefficient * result[$1.variable.index] }
            // Cheapest to move first: the smallest cost change per unit of row activity gained.
            let ordered = continuous.sorted {
                abs(variables[$0.variable.index].cost / $0.coefficient) < abs(variables[$1.variable.index].cost / $1.coefficient)
            }
            for term in ordered {
                let needed = activity < row.lower ? row.lower - activity : (activity > row.upper ? row.upper - activity : 0)
                guard needed != 0 else { break }
                let variable = variables[term.variable.index]
                let current = result[term.variable.index]
                let wanted = current + needed / term.coefficient
                let moved = min(max(wanted, variable.lower), variable.upper)
                activity += (moved - current) * term.coefficient
                result[term.variable.index] = moved
            }
        }
        return result
    }
}
