import TrainPlanCore

/// 学时 ledger: hours each teacher is credited by the plan (the programme's `hours` for every cohort
/// they join), their cycle total with the hours already earned, and how far each still is below
/// `defaults.target_hours`; plus totals per school.
public struct HoursLedger: Sendable {
    public struct TeacherLine: Sendable, Equatable {
        public var teacher: Int
        /// 已修学时 before this plan.
        public var earned: Double
        public var credited: Double
        public var total: Double { earned + credited }
        /// max(0, target − total).
        public var stillBehind: Double
    }

    public struct SchoolLine: Sendable, Equatable {
        public var school: Int
        public var teachers: Int
        public var trained: Int
        public var credited: Double
        /// Teachers still below the target after this plan.
        public var stillBehind: Int
    }

    public let target: Double
    /// Every teacher of the instance, in instance order.
    public let teachers: [TeacherLine]
    /// Every school of the instance, in instance order.
    public let schools: [SchoolLine]

    public init(instance: Instance, plan: Plan) {
        target = instance.defaults.targetHours
        var credited = [Double](repeating: 0, count: instance.teachers.count)
        for cohort in plan.cohorts {
            for teacher in cohort.teachers { credited[teacher] += instance.programmes[cohort.programme].hours }
        }
        let target = target
        teachers = instance.teachers.enumerated().map { index, teacher in
            TeacherLine(teacher: index, earned: teacher.cycleHours, credited: credited[index],
                        stillBehind: max(0, target - teacher.cycleHours - credited[index]))
        }
        var bySchool = [String: SchoolLine]()
        for (index, school) in instance.schools.enumerated() {
            bySchool[school.id] = SchoolLine(school: index, teachers: 0, trained: 0, credited: 0, stillBehind: 0)
        }
        for line in teachers {
            let school = instance.teachers[line.teacher].school
            guard bySchool[school] != nil else { continue }
            bySchool[school]!.teachers += 1
            bySchool[school]!.trained += line.credited > 0 ? 1 : 0
            bySchool[school]!.credited += line.credited
            bySchool[school]!.stillBehind += line.stillBehind > 0 ? 1 : 0
        }
        schools = instance.schools.map { bySchool[$0.id]! }
    }
}
