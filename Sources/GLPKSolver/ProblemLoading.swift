import MIP

extension VariableDefinition {
    /// The upper bound GLPK gets: a binary's default +∞ means 1.
    var solverUpper: Double { kind == .binary ? min(upper, 1) : upper }

    var glpkKind: GLPKColumnKind {
        switch kind {
        case .continuous: .continuous
        case .integer: .integer
        // GLP_BV forces the bounds [0, 1], so a binary fixed at 0 or 1 goes in as an integer column.
        case .binary: lower == 0 && solverUpper == 1 ? .binary : .integer
        }
    }
}

extension GLPKProblem {
    /// Builds the GLPK problem of a validated model; column j + 1 is variable j, row i + 1 is constraint i.
    init(loading model: Model) {
        self.init(name: GLPKName.sanitized(model.name))
        addColumns(model.variables.count)
        let columnNames = GLPKName.unique(model.variables.map(\.name))
        let rowNames = GLPKName.unique(model.constraints.map(\.name))
        for (index, variable) in model.variables.enumerated() {
            let upper = variable.solverUpper
            setColumn(
                Int32(index + 1), name: columnNames[index], kind: variable.glpkKind,
                bounds: GLPKBoundType(lower: variable.lower, upper: upper),
                lower: variable.lower, upper: upper, cost: variable.cost
            )
        }
        addRows(model.constraints.count)
        for (index, row) in model.constraints.enumerated() {
            setRow(
                Int32(index + 1), name: rowNames[index],
                bounds: GLPKBoundType(lower: row.lower, upper: row.upper), lower: row.lower, upper: row.upper,
                columns: row.terms.map { Int32($0.variable.index + 1) }, coefficients: row.terms.map(\.coefficient)
            )
        }
        setObjectiveConstant(model.objectiveConstant)
    }
}
