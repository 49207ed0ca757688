import TrainPlanCore

/// H8: on every teaching day, a school's teachers away (substitute-0 programmes) ≤ its max_away.
extension PlanAudit {
    var awayCapViolations: [Violation] {
        awayTeachers.sorted(by: { $0.key < $1.key }).flatMap { school, byDate in
            let maximum = maxAway(ofSchool: school)
            return byDate.sorted(by: { $0.key < $1.key }).filter { $0.value.count > maximum }.map { date, teachers in
                Violation(.tooManyAway(school: school, date: date, teachers: teachers.sorted(), maximum: maximum))
            }
        }
    }
}
