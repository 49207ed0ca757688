import MIP

extension BuildContext {
    /// H7 and the shortfall term: per programme and per sub-quota, assigned ≤ max (hard) and
    /// assigned + shortfall ≥ min with shortfall paid at the shortfall weight.
    mutating func addQuotaRows() {
        var columnsByProgramme: [Int: [Int]] = [:]
        for (column, assignment) in assignments.enumerated() {
            columnsByProgramme[candidates[assignment.candidate].programme, default: []].append(column)
        }
        for (index, programme) in instance.programmes.enumerated() where includesQuota(.programme(index)) {
            let already = fixed.assignedByProgramme[index] ?? 0
            let maximum = instance.quotaMaxSeats(programme).map { $0 - already }
            addQuota(
                name: "quota_\(programme.id)", columns: columnsByProgramme[index] ?? [],
                minimum: instance.quotaMinSeats(programme) - already, maximum: maximum
            )
            if let maximum {
                addCohortCountCeiling(name: "quota_\(programme.id)", programme: index, columns: columnsByProgramme[index] ?? [], maximum: maximum)
            }
        }
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let programmeIndex = Dictionary(instance.programmes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (quotaIndex, quota) in instance.quotas.enumerated() where includesQuota(.subQuota(quotaIndex)) {
            guard let programme = programmeIndex[quota.program] else { continue }
            let inScope = { (school: School) in
                quota.scope == .district ? school.district == quota.scopeID : school.id == quota.scopeID
            }
            let columns = (columnsByProgramme[programme] ?? []).filter { column in
                inScope(instance.schools[groups[assignments[column].group].school])
            }
            let already = (fixed.assignedTeachers[programme] ?? []).filter { teacher in
                schoolsByID[instance.teachers[teacher].school].map(inScope) ?? false
            }.count
            addQuota(
                name: "subquota_\(quota.program)_\(quota.scopeID)", columns: columns, minimum: quota.min - already,
                maximum: quota.max.map { $0 - already }
            )
        }
    }

    private mutating func addQuota(name: String, columns: [Int], minimum: Int, maximum: Int?) {
        let terms = columns.map { Term(assignments[$0].variable) }
        let reachable = columns.reduce(0.0) { $0 + model.variables[assignments[$1].variable.index].upper }
        if let maximum, Double(maximum) < reachable {
            model.addConstraint(name + "_max", terms, upper: Double(Swift.max(0, maximum)))
        }
        // Seats no teacher of this model can fill are a constant shortfall; a block may leave them out.
        let reachableTeachers = Set(columns.map { assignments[$0].group }).reduce(0) { $0 + groups[$1].size }
        let minimum = countsUnreachableShortfall ? minimum : Swift.min(minimum, reachableTeachers)
        guard minimum > 0 else { return }
        let shortfall = model.addVariable(
            "shortfall_" + name, kind: .continuous, lower: 0, upper: Double(minimum), cost: instance.weights.shortfall
        )
        model.addConstraint(name + "_min", terms + [Term(shortfall)], lower: Double(minimum))
        shortfalls.append(shortfall)
        addCohortCountCut(name: name, columns: columns, minimum: minimum, shortfall: shortfall)
    }

    /// Rounds up the number of cohorts a quota needs. With C the largest cohort any of the quota's candidates
    /// can hold, assigned ≤ C·Σy, so Σy + s/C ≥ min/C =: β. As Σy is an integer and s ≥ 0, the mixed-integer
    /// rounding of that row, Σy + s/(C·f) ≥ ⌈β⌉ with f = β − ⌊β⌋, is valid too; it makes the LP pay for
    /// ⌈β⌉ whole cohorts (168 teachers in classes of 50 need 4, not 3.36).
    private mutating func addCohortCountCut(name: String, columns: [Int], minimum: Int, shortfall: Variable) {
        let candidateIndices = Set(columns.map { assignments[$0].candidate }).sorted()
        guard let largest = candidateIndices.map({ effectiveCapacity[$0] }).max(), largest > 0 else { return }
        let ratio = Double(minimum) / Double(largest)
        let fraction = ratio - ratio.rounded(.down)
        guard fraction > 1e-9 else { return }
        model.addConstraint(
            name + "_cohorts", candidateIndices.map { Term(openings[$0]) } + [Term(shortfall, 1 / (Double(largest) * fraction))],
            lower: ratio.rounded(.up)
        )
    }

    /// Rounds down the number of cohorts a programme's quota maximum allows. Every opened cohort holds at
    /// least m teachers (the programme's cohort minimum) and the programme takes at most max, so m·Σy ≤ max
    /// and, Σy being an integer, Σy ≤ ⌊max/m⌋. Without it the LP opened 6.33 cohorts of at least 15 for 95
    /// seats and spent the third of a cohort on letting schools send teachers below their soft limit
    /// (district-tight-away-s1's JY01 alone: LP 31,343 → 32,407.6, the best plan 32,408.0). Where m divides
    /// max the size_min and quota rows imply it already. Programme quotas only: a sub-quota's cohorts also
    /// hold teachers from outside its scope.
    private mutating func addCohortCountCeiling(name: String, programme: Int, columns: [Int], maximum: Int) {
        let smallest = Swift.max(1, instance.programmes[programme].cohortMin)
        let maximum = Swift.max(0, maximum)
        guard maximum % smallest != 0 else { return }
        let candidateIndices = Set(columns.map { assignments[$0].candidate }).sorted().filter { openingLimit[$0] > 0 }
        let ceiling = maximum / smallest
        guard candidateIndices.reduce(0, { $0 + openingLimit[$1] }) > ceiling else { return }
        model.addConstraint(name + "_cohorts_max", candidateIndices.map { Term(openings[$0]) }, upper: Double(ceiling))
    }
}
