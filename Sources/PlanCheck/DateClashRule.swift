import TrainPlanCore

/// H3: a teacher is in at most one cohort on any date.
extension PlanAudit {
    var dateClashViolations: [Violation] {
        var cohortsByTeacherAndDate: [String: [PlanDate: [String]]] = [:]
        for (teacher, cohort) in assignments {
            for date in Set(cohort.dates) {
                cohortsByTeacherAndDate[teacher.id, default: [:]][date, default: []].append(cohort.id)
            }
        }
        return cohortsByTeacherAndDate.sorted(by: { $0.key < $1.key }).flatMap { teacher, byDate in
            byDate.sorted(by: { $0.key < $1.key }).filter { $0.value.count > 1 }.map { date, cohorts in
                Violation(.doubleBooked(teacher: teacher, date: date, cohorts: cohorts))
            }
        }
    }
}
