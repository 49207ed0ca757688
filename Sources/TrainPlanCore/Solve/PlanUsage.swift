/// What a plan already uses: each teacher's cohorts, rooms and team cohorts per date, schools' absences
/// per teaching day, cohorts per site. Answers "what stops this teacher joining that schedule?".
struct PlanUsage {
    let instance: Instance
    let plan: Plan
    private var cohortsOfTeacher: [Int: [Int]] = [:]
    private var roomsUsed: [Int: [PlanDate: Int]] = [:]
    private var teamUsed: [String: [PlanDate: Int]] = [:]
    private var awayOfSchool: [String: [PlanDate: Int]] = [:]
    private var cohortsAtSite: [Int: Int] = [:]
    private var assignedByProgramme: [Int: Int] = [:]
    /// Schedules (programme, site, sessions) with an opened cohort that has a free seat.
    private var schedulesWithRoom: Set<Schedule> = []
    private struct Schedule: Hashable {
        var programme: Int, site: Int, sessions: [DateRange]
    }
    private let staff: SchoolStaff
    private let schoolIndex: [String: Int]

    init(instance: Instance, plan: Plan) {
        self.instance = instance
        self.plan = plan
        staff = SchoolStaff(instance: instance)
        schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, cohort) in plan.cohorts.enumerated() {
            let programme = instance.programmes[cohort.programme]
            cohortsAtSite[cohort.site, default: 0] += 1
            let capacity = [programme.cohortMax, instance.sites[cohort.site].seats].compactMap { $0 }.min() ?? Int.max
            if cohort.teachers.count < capacity {
                schedulesWithRoom.insert(Schedule(programme: cohort.programme, site: cohort.site, sessions: cohort.sessions))
            }
            assignedByProgramme[cohort.programme, default: 0] += cohort.teachers.count
            for day in cohort.days {
                roomsUsed[cohort.site, default: [:]][day, default: 0] += 1
                if let team = programme.team { teamUsed[team, default: [:]][day, default: 0] += 1 }
            }
            for teacher in cohort.teachers {
                cohortsOfTeacher[teacher, default: []].append(index)
                guard programme.substitute == 0 else { continue }
                for day in cohort.days where instance.calendar.dayType(day) == .teaching {
                    awayOfSchool[instance.teachers[teacher].school, default: [:]][day, default: 0] += 1
                }
            }
        }
    }

    func isAssigned(_ teacher: Int, to programme: Int) -> Bool {
        (cohortsOfTeacher[teacher] ?? []).contains { plan.cohorts[$0].programme == programme }
    }

    /// The district of the teacher's school (a home-district programme's candidates are only those there).
    func district(ofTeacher teacherIndex: Int) -> String? {
        schoolIndex[instance.teachers[teacherIndex].school].flatMap { instance.schools[$0].district }
    }

    /// H1 beyond the profile: unavailable dates, blackouts, home district.
    func mayJoin(_ teacherIndex: Int, _ candidate: CandidateCohort) -> Bool {
        let teacher = instance.teachers[teacherIndex]
        let programme = instance.programmes[candidate.programme]
        if programme.homeDistrict {
            guard let district = instance.sites[candidate.site].district,
                  let school = schoolIndex[teacher.school], instance.schools[school].district == district
            else { return false }
        }
        return !candidate.days.contains { teacher.unavailable.contains($0) || instance.calendar.isBlackedOut($0, for: teacher.stage) }
    }

    func limitStopping(_ teacherIndex: Int, from candidate: CandidateCohort) -> ShortfallExplainer.Limit {
        let teacher = instance.teachers[teacherIndex]
        let programme = instance.programmes[candidate.programme]
        let site = instance.sites[candidate.site]
        let own = (cohortsOfTeacher[teacherIndex] ?? []).map { plan.cohorts[$0] }
        if let group = programme.exclusive, own.contains(where: { instance.programmes[$0.programme].exclusive == group }) {
            return .exclusivity
        }
        if own.contains(where: { !Set($0.days).isDisjoint(with: candidate.days) }) { return .teacherBusy }
        if let max = instance.quotaMaxSeats(programme), assignedByProgramme[candidate.programme, default: 0] >= max {
            return .quotaMax
        }
        if programme.substitute == 0, let school = schoolIndex[teacher.school] {
            let cap = staff.maxAway(school)
            let full = candidate.days.contains {
                instance.calendar.dayType($0) == .teaching && (awayOfSchool[teacher.school]?[$0] ?? 0) >= cap
            }
            if full { return .schoolAwayCap }
        }
        // Room in an opened cohort on this schedule means only cost stands in the way.
        if schedulesWithRoom.contains(Schedule(programme: candidate.programme, site: candidate.site, sessions: candidate.sessions)) {
            return .cost
        }
        if let max = site.maxCohorts, cohortsAtSite[candidate.site, default: 0] >= max { return .maxCohorts }
        if candidate.days.contains(where: { (roomsUsed[candidate.site]?[$0] ?? 0) >= site.rooms }) { return .rooms }
        if let team = programme.team, let pool = instance.teams.first(where: { $0.name == team }),
           candidate.days.contains(where: { (teamUsed[team]?[$0] ?? 0) >= pool.limit }) {
            return .trainerTeam
        }
        if programme.cohortMin > 1 { return .cohortMinimum }
        return .cost
    }
}
