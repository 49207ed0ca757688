/// A mixed-integer linear program: variables with bounds and costs, linear rows,
/// and a minimisation objective. Knows nothing about any application domain.
public struct Model: Sendable {
    public private(set) var variables: [VariableDefinition] = []
    public private(set) var constraints: [Constraint] = []
    /// Added to the objective value; lets callers keep constant cost terms in the model.
    public var objectiveConstant: Double = 0
    public var name: String

    public init(name: String = "model") {
        self.name = name
    }

    @discardableResult
    public mutating func addVariable(
        _ name: String, kind: VariableKind = .continuous,
        lower: Double = 0, upper: Double = .infinity, cost: Double = 0, branchesFirst: Bool = false
    ) -> Variable {
        let variable = Variable(index: variables.count)
        variables.append(VariableDefinition(name: name, kind: kind, lower: lower, upper: upper, cost: cost,
                                            branchesFirst: branchesFirst))
        return variable
    }

    /// Adds `lower ≤ Σ terms ≤ upper`; use `-infinity`/`infinity` for a missing side.
    @discardableResult
    public mutating func addConstraint(
        _ name: String, _ terms: [Term], lower: Double = -.infinity, upper: Double = .infinity
    ) -> ConstraintIndex {
        constraints.append(Constraint(name: name, terms: terms, lower: lower, upper: upper))
        return ConstraintIndex(index: constraints.count - 1)
    }

    public mutating func setCost(_ variable: Variable, _ cost: Double) {
        variables[variable.index].cost = cost
    }

    public mutating func setBounds(_ variable: Variable, lower: Double, upper: Double) {
        variables[variable.index].lower = lower
        variables[variable.index].upper = upper
    }

    public var integerVariableCount: Int { variables.filter { $0.kind != .continuous }.count }
    public var nonzeroCount: Int { constraints.reduce(0) { $0 + $1.terms.count } }

    /// The least objective any assignment within the variables' bounds can have, ignoring every row:
    /// a valid (weak) lower bound that costs nothing to compute.
    public var leastObjectiveOverBounds: Double {
        variables.reduce(objectiveConstant) { total, variable in
            total + (variable.cost >= 0 ? variable.cost * variable.lower : variable.cost * variable.upper)
        }
    }

    /// The objective of a full assignment of values, constant included.
    public func objectiveValue(_ values: [Double]) -> Double {
        zip(variables, values).reduce(objectiveConstant) { $0 + $1.0.cost * $1.1 }
    }
}

public struct Variable: Hashable, Sendable {
    public let index: Int
    public init(index: Int) { self.index = index }
}

public struct ConstraintIndex: Hashable, Sendable {
    public let index: Int
}

public enum VariableKind: Sendable {
    case continuous, integer, binary
}

public struct VariableDefinition: Sendable {
    public var name: String
    public var kind: VariableKind
    public var lower: Double
    public var upper: Double
    public var cost: Double
    /// A hint to branch-and-bound: while one of these is fractional, branch on one of these. Set on decisions
    /// that, once integral, leave the rest of the model nearly integral (a facility's opening).
    public var branchesFirst = false
}

public struct Term: Sendable {
    public var variable: Variable
    public var coefficient: Double
    public init(_ variable: Variable, _ coefficient: Double = 1) {
        self.variable = variable
        self.coefficient = coefficient
    }
}

public struct Constraint: Sendable {
    public var name: String
    public var terms: [Term]
    public var lower: Double
    public var upper: Double
}
