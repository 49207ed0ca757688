import MIP

/// Reads a solved `PlanningModel` back as a plan: splits each group's counts into individual
/// teachers (largest hour deficit first, then id), then each candidate's teachers into its opened cohorts.
public struct PlanDecoder {
    public let instance: Instance
    public let model: PlanningModel
    /// Cohorts kept as they were; the decoded plan adds the model's cohorts to them.
    public let fixed: FixedPart

    public init(instance: Instance, model: PlanningModel, fixed: FixedPart = .empty) {
        self.instance = instance
        self.model = model
        self.fixed = fixed
    }

    public enum Outcome {
        case plan(Plan)
        /// Groups whose counts cannot be split into individual timetables (H3 across several sessions can
        /// need more teachers than the per-date rows show): solve again with these teachers ungrouped.
        case needsSingletons(Set<Int>)
    }

    public func decode(_ values: [Double]) -> Outcome {
        var teachersByCandidate = [[Int]](repeating: [], count: model.candidates.count)
        var columnsByGroup = [[Int]](repeating: [], count: model.groups.count)
        for (column, assignment) in model.assignments.enumerated() where values[assignment.variable.index].rounded() > 0 {
            columnsByGroup[assignment.group].append(column)
        }
        var unsplittable = Set<Int>()
        for (groupIndex, columns) in columnsByGroup.enumerated() where !columns.isEmpty {
            let demands = columns.map { column in
                (candidate: model.assignments[column].candidate,
                 count: Int(values[model.assignments[column].variable.index].rounded()))
            }
            if let split = GroupTimetable(instance: instance, model: model, group: groupIndex).split(demands) {
                for (candidate, teachers) in split { teachersByCandidate[candidate] += teachers }
            } else {
                unsplittable.formUnion(model.groups[groupIndex].teachers)
            }
        }
        if !unsplittable.isEmpty { return .needsSingletons(unsplittable) }

        var cohorts = fixed.plan.cohorts
        var usedIDs = Set(cohorts.map(\.id))
        for (index, candidate) in model.candidates.enumerated() {
            let opened = Int(values[model.openings[index].index].rounded())
            let teachers = teachersByCandidate[index].sorted { instance.teachers[$0].id < instance.teachers[$1].id }
            guard opened > 0, !teachers.isEmpty else { continue }
            let programme = instance.programmes[candidate.programme]
            let site = instance.sites[candidate.site]
            var baseID = "\(programme.id)-\(site.id)"
            if let start = candidate.start { baseID += "-" + start.description.replacingOccurrences(of: "-", with: "") }
            // Fixed cohorts may hold the plain id already: number the new ones after them.
            var copyNumber = 0
            func nextID() -> String {
                while true {
                    copyNumber += 1
                    let id = copyNumber == 1 && opened == 1 ? baseID : "\(baseID)-\(copyNumber)"
                    if usedIDs.insert(id).inserted { return id }
                }
            }
            // Even split: min·y ≤ total ≤ cap·y guarantees every part is a legal size.
            var offset = 0
            for copy in 0..<opened {
                let size = teachers.count / opened + (copy < teachers.count % opened ? 1 : 0)
                cohorts.append(Cohort(
                    id: nextID(), programme: candidate.programme,
                    site: candidate.site, sessions: candidate.sessions,
                    teachers: Array(teachers[offset..<(offset + size)])
                ))
                offset += size
            }
        }
        return .plan(Plan(cohorts: cohorts.sorted(by: Cohort.planOrder)))
    }
}
