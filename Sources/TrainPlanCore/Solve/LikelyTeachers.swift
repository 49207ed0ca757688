/// For a block whose programme has far more eligible teachers than seats (国培: 39 seats, 1,500 eligible),
/// the teachers a plan is likely to choose: the cheapest by a per-teacher estimate of travel, lost teaching
/// and priority, a few times the seats, and as many again inside each sub-quota's scope. Used only to build
/// plans faster; bounds always see every teacher.
struct LikelyTeachers {
    let instance: Instance
    /// Kept teachers per seat (`SearchTuning.likelyTeachersPerSeat`).
    let margin: Int

    func forBlock(_ block: SolveBlock) -> Set<Int>? {
        let programme = instance.programmes[block.programme]
        guard let seats = instance.quotaMaxSeats(programme) ?? Optional(instance.quotaMinSeats(programme)), seats > 0
        else { return nil }
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let eligible = instance.teachers.indices.filter { block.admits($0, in: instance, schools: schoolsByID) }
        guard eligible.count > margin * seats else { return nil }

        let estimate = costEstimate(programme: block.programme)
        let ranked = eligible.sorted {
            let (a, b) = (estimate($0), estimate($1))
            return a != b ? a < b : instance.teachers[$0].id < instance.teachers[$1].id
        }
        var kept = Set(ranked.prefix(margin * seats))
        for quota in instance.quotas where quota.program == programme.id && quota.min > 0 {
            let inScope = ranked.filter { instance.teacher($0, isIn: quota, schools: schoolsByID) }
            kept.formUnion(inScope.prefix(margin * quota.min))
        }
        return kept
    }

    /// Cost of sending one teacher: round trips to the nearest allowed site, the programme's days at the
    /// cheapest allowed day type scaled by the teacher's load, less the priority reward; plus, for a
    /// programme held on teaching days only, the concentration cost of each day when the teacher's school
    /// may have nobody away without it (soft limit 0). That term is exact, not a guess: such a school pays it
    /// for every teacher-day away. Without it a county's teaching-day course (368 seats, school away caps of
    /// 5 % and soft limits of 2 %) was offered teachers of small schools first and paid 81,600 in
    /// concentration that teachers of larger schools avoid.
    func costEstimate(programme index: Int) -> (Int) -> Double {
        let programme = instance.programmes[index]
        let sites = CandidateGenerator(instance: instance).allowedSites(programme)
        let distances = DistanceTable(instance: instance)
        let weights = instance.weights
        let cheapestDay = programme.dayTypes.map(weights.dayCost).min() ?? 0
        let days = Double(programme.sessions * programme.days)
        let target = instance.defaults.targetHours
        let teachingDaysOnly = programme.dayTypes == [.teaching] && programme.substitute == 0
        let staff = SchoolStaff(instance: instance)
        let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return { teacherIndex in
            let teacher = instance.teachers[teacherIndex]
            let load = (teacher.weeklyPeriods ?? instance.defaults.weeklyPeriods) / instance.defaults.weeklyPeriods
            let travel = programme.days == 0 ? 0 : sites.map { site -> Double in
                let trips = instance.sites[site].lodging ? programme.sessions : programme.sessions * programme.days
                return weights.km * 2 * distances.km(school: teacher.school, site: instance.sites[site].id) * Double(trips)
            }.min() ?? 0
            let reward = target > 0 ? weights.priority * max(0, target - teacher.cycleHours) / target : 0
            let concentration = teachingDaysOnly && schoolIndex[teacher.school].map { staff.softLimit($0) == 0 } == true
                ? weights.concentration * days : 0
            return travel + (1 - programme.substitute) * load * cheapestDay * days + concentration - reward
        }
    }
}
