extension Model {
    /// A relaxation of this model with far fewer columns: each set in `merging` becomes one continuous column
    /// X_S = Σ_{j∈S} x_j, costing the least cost in S, bounded by the sums of the members' bounds. A row stays
    /// when every set either misses it or meets it with one coefficient on all its members (the row then reads
    /// the same in X); every other row is dropped. Columns in no set stay as they are, relaxed to continuous.
    ///
    /// Any solution x of this model maps to X with every kept row satisfied and a cost no higher (members are
    /// ≥ 0 and pay at least the least cost), so the LP of the result bounds this model from below.
    ///
    /// Each list in `upperSurrogates` names rows with an upper bound whose sum joins the result as one row:
    /// in the sum, a set takes the least coefficient of its members (0 for a member the rows miss), so
    /// Σ_S min_S(a) X_S ≤ Σ a x ≤ Σ upper still holds. Summing the rows "cohort k seats at most cap_k × y_k"
    /// keeps, in the merged model, that the cohorts opened must seat everyone, and so their cost.
    /// Returns nil when a set has a member with a negative lower bound, for which that argument fails.
    public func aggregatingColumns(_ merging: [[Int]], upperSurrogates: [[ConstraintIndex]] = []) -> Model? {
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
        for (number, rows) in upperSurrogates.enumerated() {
            guard let row = surrogate(of: rows, merging: merging, setOf: setOf, newColumn: newColumn) else { continue }
            result.addConstraint("surrogate\(number)", row.terms, upper: row.upper)
        }
        return result
    }

    /// The sum of `rows` (nil when one has no upper bound) over the merged columns, least coefficient per set.
    private func surrogate(
        of rows: [ConstraintIndex], merging: [[Int]], setOf: [Int], newColumn: [Int]
    ) -> (terms: [Term], upper: Double)? {
        var coefficients: [Int: Double] = [:]
        var upper = 0.0
        for row in rows {
            let constraint = constraints[row.index]
            guard constraint.upper.isFinite else { return nil }
            upper += constraint.upper
            for term in constraint.terms { coefficients[term.variable.index, default: 0] += term.coefficient }
        }
        var byNewColumn: [Int: Double] = [:]
        var touchedSets = Set<Int>()
        for (column, coefficient) in coefficients {
            let set = setOf[column]
            if set >= 0 { touchedSets.insert(set) } else { byNewColumn[newColumn[column]] = coefficient }
        }
        for set in touchedSets {
            let members = merging[set].map { coefficients[$0] ?? 0 }
            byNewColumn[newColumn[merging[set][0]]] = members.min()!
        }
        let terms = byNewColumn.keys.sorted().compactMap { column in
            byNewColumn[column] == 0 ? nil : Term(Variable(index: column), byNewColumn[column]!)
        }
        return (terms, upper)
    }
}
