/// Every text this backend shows a person: thrown errors and log notes. Sentence case,
/// the offending value in quotes.
enum Messages {
    // MARK: Model data

    static func objectiveConstantNotFinite(_ value: Double) -> String {
        "Objective constant '\(value)' is not a finite number"
    }

    static func costNotFinite(variable: String, _ value: Double) -> String {
        "Variable '\(variable)' has cost '\(value)', which is not a finite number"
    }

    static func unusableBound(_ owner: BoundOwner, _ side: BoundSide, _ value: Double) -> String {
        "\(owner) has \(side) bound '\(value)', which is not a usable \(side) bound"
    }

    static func lowerAboveUpper(_ owner: BoundOwner, lower: Double, upper: Double) -> String {
        "\(owner) has lower bound '\(lower)' above its upper bound '\(upper)'"
    }

    static func fractionalIntegerBound(variable: String, _ side: BoundSide, _ value: Double) -> String {
        "Integer variable '\(variable)' has fractional \(side) bound '\(value)'"
    }

    static func binaryBoundOutsideUnitInterval(variable: String, _ side: BoundSide, _ value: Double) -> String {
        "Binary variable '\(variable)' has \(side) bound '\(value)' outside [0, 1]"
    }

    static func coefficientNotFinite(row: String, variable: String, _ value: Double) -> String {
        "Row '\(row)' has coefficient '\(value)' for variable '\(variable)', which is not a finite number"
    }

    static func variableIndexOutOfRange(row: String, index: Int, variableCount: Int) -> String {
        "Row '\(row)' refers to variable index '\(index)', but the model has \(variableCount) variables"
    }

    static func duplicateVariableInRow(row: String, variable: String) -> String {
        "Row '\(row)' mentions variable '\(variable)' more than once"
    }

    static func moreProblems(_ count: Int) -> String {
        "… and \(count) more problems"
    }

    // MARK: Starting solution, checked before the solve

    static func startingSolutionLength(_ count: Int, variableCount: Int) -> String {
        "Starting solution has \(count) values, but the model has \(variableCount) variables"
    }

    static func startingValueNotFinite(variable: String, _ value: Double) -> String {
        "Starting solution value '\(value)' for variable '\(variable)' is not a finite number"
    }

    // MARK: Starting solution, log notes

    static func startOutsideBounds(variable: String, _ value: Double) -> String {
        "Starting solution skipped: variable '\(variable)' = '\(value)' is outside its bounds"
    }

    static func startNotIntegral(variable: String, _ value: Double) -> String {
        "Starting solution skipped: integer variable '\(variable)' = '\(value)' is not integral"
    }

    static func startViolatesRow(row: String, activity: Double) -> String {
        "Starting solution skipped: row '\(row)' has activity '\(activity)' outside its bounds"
    }

    static let startingBasisUnusable =
        "Starting basis set aside: it does not fit the model or does not factorize; the LP starts from GLPK's advanced basis"

    static let basisNeedsPresolveOff =
        "Starting basis ignored: with presolve on GLPK solves the root LP of the presolved problem itself"

    static let startNeedsPresolveOff =
        "Starting solution ignored: GLPK takes one only with presolve off"

    static func startAccepted(objective: Double) -> String {
        "Starting solution accepted as incumbent (objective \(objective))"
    }

    static let startNotBetter =
        "Starting solution not used: GLPK already has an incumbent at least as good"

    // MARK: GLPK failures

    static func fatalError(lastOutput: [String]) -> String {
        let quoted = lastOutput.filter { !$0.isEmpty }.joined(separator: " | ")
        return "GLPK stopped with a fatal error; the solve was abandoned: '\(quoted)'"
    }

    static func writeFailed(format: String, path: String, returnCode: Int32) -> String {
        "Could not write \(format) file '\(path)' (GLPK returned \(returnCode))"
    }
}

/// Who a bound belongs to, for messages.
enum BoundOwner: CustomStringConvertible {
    case variable(String)
    case row(String)

    var description: String {
        switch self {
        case .variable(let name): "Variable '\(name)'"
        case .row(let name): "Row '\(name)'"
        }
    }
}

enum BoundSide: String, CustomStringConvertible {
    case lower, upper
    var description: String { rawValue }
}
