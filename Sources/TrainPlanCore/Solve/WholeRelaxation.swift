/// The whole model's LP optimum, as the bound worker found it: the plan search reads it to choose which part
/// of the plan to free (`DecomposedSolve.searchNearRelaxation`).
struct WholeRelaxation: Sendable {
    /// The whole model, no teacher ungrouped.
    let model: PlanningModel
    let values: [Double]

    /// The LP's openings and assignments as values of `other`, a model of the same instance with some teachers
    /// ungrouped: openings by candidate, and a group split off a larger one gets its share of that group's
    /// assignment by size; cohort counts follow the openings. Other variables are 0.
    func values(for other: PlanningModel) -> [Double] {
        var translated = [Double](repeating: 0, count: other.mip.variables.count)
        let opening = Dictionary(model.candidates.indices.map { (CandidateKey(model.candidates[$0]), values[model.openings[$0].index]) },
                                 uniquingKeysWith: { a, _ in a })
        for (index, candidate) in other.candidates.enumerated() {
            translated[other.openings[index].index] = opening[CandidateKey(candidate)] ?? 0
        }
        var groupOfTeacher: [Int: Int] = [:]
        for (index, group) in model.groups.enumerated() {
            for teacher in group.teachers { groupOfTeacher[teacher] = index }
        }
        var assigned: [Int: [CandidateKey: Double]] = [:]
        for column in model.assignments {
            assigned[column.group, default: [:]][CandidateKey(model.candidates[column.candidate])] = values[column.variable.index]
        }
        for column in other.assignments {
            let group = other.groups[column.group]
            guard let teacher = group.teachers.first, let parent = groupOfTeacher[teacher],
                  let value = assigned[parent]?[CandidateKey(other.candidates[column.candidate])] else { continue }
            translated[column.variable.index] = value * Double(group.size) / Double(model.groups[parent].size)
        }
        return other.countingCohorts(translated)
    }
}
