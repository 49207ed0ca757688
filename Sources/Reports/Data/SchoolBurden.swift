import TrainPlanCore

/// Teaching time each school loses under a plan: teacher-days away on teaching days and the peak number
/// of its teachers away on one teaching day, most burdened first.
public struct SchoolBurden {
    public struct Entry {
        public var school: Int
        public var teacherDays: Int
        public var peakAway: Int
        public var staff: Int
        /// Teachers away on each teaching day with anyone away.
        public var awayByDate: [PlanDate: Int]

        /// Peak share of the staff away on one teaching day.
        public var peakShare: Double { staff > 0 ? Double(peakAway) / Double(staff) : 0 }
    }

    public let schools: [Entry]

    public init(instance: Instance, plan: Plan) {
        let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let staff = SchoolStaff(instance: instance)
        var awayByDate = [Int: [PlanDate: Int]]()
        for cohort in plan.cohorts {
            let teachingDays = cohort.days.filter { instance.calendar.dayType($0) == .teaching }
            for teacher in cohort.teachers {
                guard let school = schoolIndex[instance.teachers[teacher].school] else { continue }
                for day in teachingDays { awayByDate[school, default: [:]][day, default: 0] += 1 }
            }
        }
        schools = awayByDate.keys.map { school in
            let days = awayByDate[school]!
            return Entry(school: school, teacherDays: days.values.reduce(0, +), peakAway: days.values.max() ?? 0,
                         staff: staff.staff(school), awayByDate: days)
        }.sorted { $0.teacherDays != $1.teacherDays ? $0.teacherDays > $1.teacherDays : $0.school < $1.school }
    }
}
