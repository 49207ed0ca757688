extension PlanningModel {
    /// The model's variables for an existing plan (e.g. the base plan of a what-if scenario), as a starting
    /// solution: cohorts map to candidates by programme, site and schedule, teachers to their groups. Cohorts
    /// and teachers the model has no place for are left out; the solver checks what remains and ignores a
    /// start that breaks a rule.
    public func startingValues(for plan: Plan) -> [Double] { startingEncoding(for: plan).values }

    /// `startingValues(for:)`, and whether they place every cohort and teacher of `plan` (none left out): only
    /// then is the model's objective at those values the plan's cost, less what the model leaves out.
    func startingEncoding(for plan: Plan) -> (values: [Double], whole: Bool) {
        var values = [Double](repeating: 0, count: mip.variables.count)
        var whole = true
        let candidateIndex = Dictionary(candidates.enumerated().map { (CandidateKey($1), $0) }, uniquingKeysWith: { a, _ in a })
        var groupOfTeacher: [Int: Int] = [:]
        for (index, group) in groups.enumerated() {
            for teacher in group.teachers { groupOfTeacher[teacher] = index }
        }
        var column: [Int: [Int: Int]] = [:]
        for (index, assignment) in assignments.enumerated() { column[assignment.group, default: [:]][assignment.candidate] = index }
        for cohort in plan.cohorts {
            let key = CandidateKey(programme: cohort.programme, site: cohort.site, sessions: cohort.sessions)
            guard let candidate = candidateIndex[key] else {
                whole = false
                continue
            }
            values[openings[candidate].index] += 1
            for teacher in cohort.teachers {
                guard let group = groupOfTeacher[teacher], let assignment = column[group]?[candidate] else {
                    whole = false
                    continue
                }
                values[assignments[assignment].variable.index] += 1
            }
        }
        return (mip.completingContinuous(countingCohorts(values)), whole)
    }
}
