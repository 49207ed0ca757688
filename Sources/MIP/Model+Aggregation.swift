extension Model {
    /// A relaxation of this model with far fewer columns: each set in `merging` becomes one continuous column
    /// X_S = Σ_{j∈S} x_j, costing the least cost in S, bounded by the sums of the members' bounds. A row stays
    /// when every set either misses it or meets it with one coefficient on all its members (the row then reads
    /// the same in X); every other row is dropped. Columns in no set stay as they are, relaxed to continuous.
    ///
    /// Any solution x of this model maps to X with every kept row satisfied and a cost no higher (members are
    /// ≥ 0 and pay at least the least cost), so the LP of the result bounds this model from below.
    /// Returns nil when a set has a member with a negative lower bound, for which that argument fails.
    public func aggregatingColumns(_ merging: [[Int]]) -> Model? {
        var setOf = [Int](repeating: -1, count: variables.count)
        for (set, members) in merging.enumerated() {
            for member in members {
                guard variables[member].lower >= 0, setOf[member] == -1 else { return nil }
                setOf[member] = set
            }
        }
        var result = Model(name: name + "-aggregated")
        result.objectiveConstant = objectiveConstant
        var newColumn = [Int](repeating: -1, count: variables.count)
        for (set, members) in merging.enumerated() where !members.isEmpty {
            let column = result.addVariable(
                "agg\(set)", lower: members.reduce(0) { $0 + variables[$1].lower },
                upper: members.reduce(0) { $0 + variables[$1].upper },
                cost: members.map { variables[$0].cost }.min()!
            )
            for member in members { newColumn[member] = column.index }
        }
        for (index, variable) in variables.enumerated() where setOf[index] == -1 {
            newColumn[index] = result.addVariable(
                variable.name, lower: variable.lower, upper: variable.upper, cost: variable.cost
            ).index
        }
        for row in constraints {
            var coefficientOfSet: [Int: Double] = [:]
            var countInSet: [Int: Int] = [:]
            var terms: [Term] = []
            var uniform = true
            for term in row.terms {
                let set = setOf[term.variable.index]
                guard set >= 0 else {
                    terms.append(Term(Variable(index: newColumn[term.variable.index]), term.coefficient))
                    continue
                }
                if let coefficient = coefficientOfSet[set], coefficient != term.coefficient { uniform = false; break }
                coefficientOfSet[set] = term.coefficient
                countInSet[set, default: 0] += 1
            }
            guard uniform, countInSet.allSatisfy({ merging[$0.key].count == $0.value }) else { continue }
            for set in coefficientOfSet.keys.sorted() {
                terms.append(Term(Variable(index: newColumn[merging[set][0]]), coefficientOfSet[set]!))
            }
            result.addConstraint(row.name, terms, lower: row.lower, upper: row.upper)
        }
        return result
    }
}
