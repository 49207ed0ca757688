/// A model with some variables fixed, as a smaller model over the others: what a solver sees when a search
/// frees only part of a solution (e.g. the variables where a plan and an LP disagree). Fixed variables leave
/// the model: their cost moves into the objective constant and their part of each row into the row's bounds.
public struct FixedModel: Sendable {
    /// The model over the free variables only.
    public let model: Model
    /// Per variable of the restricted model, its index in the original one.
    public let freeColumns: [Int]
    /// The fixed variables' values, by index in the original model.
    let fixedValues: [Int: Double]
    /// Variables in the original model.
    let columnCount: Int

    /// A full assignment of the original model: fixed variables at their values, free ones from `values`.
    public func expand(_ values: [Double]) -> [Double] {
        precondition(values.count == freeColumns.count, "values of the restricted model expected")
        var full = [Double](repeating: 0, count: columnCount)
        for (index, value) in fixedValues { full[index] = value }
        for (position, column) in freeColumns.enumerated() { full[column] = values[position] }
        return full
    }

    /// A full assignment of the original model restricted to the free variables (e.g. a starting solution).
    public func restrict(_ values: [Double]) -> [Double] { freeColumns.map { values[$0] } }
}

extension Model {
    /// The model with each variable of `fixing` (index → value) fixed at its value, or nil when a row that
    /// holds only fixed variables is then broken (no solution with those values exists). A fixed value is
    /// taken as given: callers fix values from a solution of this model.
    public func fixing(_ fixing: [Int: Double]) -> FixedModel? {
        precondition(fixing.keys.allSatisfy { variables.indices.contains($0) }, "fixed variable out of range")
        var restricted = Model(name: name)
        var position = [Int](repeating: -1, count: variables.count)
        var freeColumns: [Int] = []
        var constant = objectiveConstant
        for (index, variable) in variables.enumerated() {
            if let value = fixing[index] {
                constant += variable.cost * value
                continue
            }
            position[index] = freeColumns.count
            freeColumns.append(index)
            restricted.addVariable(variable.name, kind: variable.kind, lower: variable.lower, upper: variable.upper,
                                       cost: variable.cost, branchesFirst: variable.branchesFirst)
        }
        restricted.objectiveConstant = constant
        for row in constraints {
            var fixedActivity = 0.0
            var terms: [Term] = []
            for term in row.terms {
                if let value = fixing[term.variable.index] {
                    fixedActivity += term.coefficient * value
                } else {
                    terms.append(Term(Variable(index: position[term.variable.index]), term.coefficient))
                }
            }
            let lower = row.lower - fixedActivity
            let upper = row.upper - fixedActivity
            if terms.isEmpty {
                // The values come from a solver, which rounds: a tolerance relative to the row's size.
                let tolerance = 1e-9 * max(1, abs(fixedActivity), row.lower.isFinite ? abs(row.lower) : 0, row.upper.isFinite ? abs(row.upper) : 0)
                guard lower <= tolerance, upper >= -tolerance else { return nil }
                continue
            }
            restricted.addConstraint(row.name, terms, lower: lower, upper: upper)
        }
        return FixedModel(model: restricted, freeColumns: freeColumns, fixedValues: fixing, columnCount: variables.count)
    }
}
