import MIP

/// Checks a model before GLPK sees it. GLPK aborts the process on some bad data (an index out of
/// range, a duplicate in a row) and quietly misreads other data (NaN); here each problem gets a
/// sentence naming the variable or row and the value.
enum ModelValidator {
    /// How many problems a thrown error lists in full.
    static let listedProblemLimit = 10

    /// Throws one `MIPError` listing every problem with the model and the starting solution.
    static func check(_ model: Model, startingSolution: [Double]?) throws {
        var problems = problems(in: model)
        if let startingSolution {
            problems += self.problems(inStartingSolution: startingSolution, for: model)
        }
        guard !problems.isEmpty else { return }
        var listed = Array(problems.prefix(listedProblemLimit))
        if problems.count > listedProblemLimit {
            listed.append(Messages.moreProblems(problems.count - listedProblemLimit))
        }
        throw MIPError(listed.joined(separator: "\n"))
    }

    static func problems(in model: Model) -> [String] {
        var problems: [String] = []
        if !model.objectiveConstant.isFinite {
            problems.append(Messages.objectiveConstantNotFinite(model.objectiveConstant))
        }
        for variable in model.variables {
            problems += self.problems(in: variable)
        }
        for row in model.constraints {
            problems += self.problems(in: row, variables: model.variables)
        }
        return problems
    }

    static func problems(inStartingSolution values: [Double], for model: Model) -> [String] {
        guard values.count == model.variables.count else {
            return [Messages.startingSolutionLength(values.count, variableCount: model.variables.count)]
        }
        return zip(model.variables, values).compactMap { variable, value in
            value.isFinite ? nil : Messages.startingValueNotFinite(variable: variable.name, value)
        }
    }

    private static func problems(in variable: VariableDefinition) -> [String] {
        var problems: [String] = []
        if !variable.cost.isFinite {
            problems.append(Messages.costNotFinite(variable: variable.name, variable.cost))
        }
        let boundProblems = self.boundProblems(.variable(variable.name), lower: variable.lower, upper: variable.upper)
        guard boundProblems.isEmpty else { return problems + boundProblems }
        for (side, value) in [(BoundSide.lower, variable.lower), (.upper, variable.upper)] {
            // A binary's upper bound may stay +∞ (the default): it then means 1.
            if variable.kind == .binary && !(value == .infinity || (0...1).contains(value)) {
                problems.append(Messages.binaryBoundOutsideUnitInterval(variable: variable.name, side, value))
            } else if variable.kind != .continuous && value.isFinite && value != value.rounded() {
                problems.append(Messages.fractionalIntegerBound(variable: variable.name, side, value))
            }
        }
        return problems
    }

    private static func problems(in row: Constraint, variables: [VariableDefinition]) -> [String] {
        var problems = boundProblems(.row(row.name), lower: row.lower, upper: row.upper)
        var seen = Set<Int>()
        for term in row.terms {
            let index = term.variable.index
            guard variables.indices.contains(index) else {
                problems.append(
                    Messages.variableIndexOutOfRange(row: row.name, index: index, variableCount: variables.count))
                continue
            }
            let name = variables[index].name
            if !term.coefficient.isFinite {
                problems.append(Messages.coefficientNotFinite(row: row.name, variable: name, term.coefficient))
            }
            if !seen.insert(index).inserted {
                problems.append(Messages.duplicateVariableInRow(row: row.name, variable: name))
            }
        }
        return problems
    }

    /// A lower bound may be −∞ but not +∞ or NaN, and the other way round for an upper bound.
    private static func boundProblems(_ owner: BoundOwner, lower: Double, upper: Double) -> [String] {
        var problems: [String] = []
        if lower.isNaN || lower == .infinity {
            problems.append(Messages.unusableBound(owner, .lower, lower))
        }
        if upper.isNaN || upper == -.infinity {
            problems.append(Messages.unusableBound(owner, .upper, upper))
        }
        if problems.isEmpty && lower > upper {
            problems.append(Messages.lowerAboveUpper(owner, lower: lower, upper: upper))
        }
        return problems
    }
}
