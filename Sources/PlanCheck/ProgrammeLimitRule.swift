import TrainPlanCore

/// H2: a teacher is in at most one cohort per programme and at most one programme of each exclusive group.
extension PlanAudit {
    var programmeLimitViolations: [Violation] {
        var cohortsByTeacherAndProgramme: [String: [String: [String]]] = [:]
        var programmesByTeacherAndGroup: [String: [String: Set<String>]] = [:]
        for (teacher, cohort) in assignments {
            cohortsByTeacherAndProgramme[teacher.id, default: [:]][cohort.programme.id, default: []].append(cohort.id)
            if let group = cohort.programme.exclusive, !group.isEmpty {
                programmesByTeacherAndGroup[teacher.id, default: [:]][group, default: []].insert(cohort.programme.id)
            }
        }
        var violations: [Violation] = []
        for (teacher, byProgramme) in cohortsByTeacherAndProgramme.sorted(by: { $0.key < $1.key }) {
            for (programme, cohorts) in byProgramme.sorted(by: { $0.key < $1.key }) where cohorts.count > 1 {
                violations.append(Violation(.repeatedProgramme(teacher: teacher, programme: programme, cohorts: cohorts)))
            }
            for (group, programmes) in (programmesByTeacherAndGroup[teacher] ?? [:]).sorted(by: { $0.key < $1.key })
            where programmes.count > 1 {
                violations.append(Violation(.exclusiveGroup(teacher: teacher, group: group, programmes: programmes.sorted())))
            }
        }
        return violations
    }
}
