/// What a greedy plan has used so far of every resource a hard rule limits, so each move is checked
/// against the rules in time proportional to the cohort's days.
struct GreedyLedger {
    let instance: Instance
    private let staff: SchoolStaff
    private let schoolOfTeacher: [Int]
    private let teamLimits: [String: Int]
    /// Per teacher: dates already taken (H3) and exclusivity classes already joined (H2).
    private var busyDates: [Set<PlanDate>]
    private var joinedClasses: [Set<String>]
    /// Site → date → cohorts active (H5 rooms); cohorts opened per site (H5 max_cohorts).
    private var roomsInUse: [Int: [PlanDate: Int]] = [:]
    private var cohortsAtSite: [Int]
    /// Team pool → date → cohorts active (H6).
    private var teamInUse: [String: [PlanDate: Int]] = [:]
    /// School → teaching date → teachers away (H8).
    private var awayBySchool: [Int: [PlanDate: Int]] = [:]
    /// Seats filled per programme and per quotas.csv row (H7 and the shortfall still open).
    private var assignedByProgramme: [Int]
    private var assignedBySubQuota: [Int]
    private let scopes: SubQuotaScopes
    /// Each programme's seats to fill and hard maximum, counted once (`all` counts every teacher).
    private let quotaMin: [Int]
    private let quotaMax: [Int?]

    init(instance: Instance) {
        self.instance = instance
        staff = SchoolStaff(instance: instance)
        let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        schoolOfTeacher = instance.teachers.map { schoolIndex[$0.school] ?? -1 }
        teamLimits = Dictionary(instance.teams.map { ($0.name, $0.limit) }, uniquingKeysWith: { a, _ in a })
        busyDates = Array(repeating: [], count: instance.teachers.count)
        joinedClasses = Array(repeating: [], count: instance.teachers.count)
        cohortsAtSite = Array(repeating: 0, count: instance.sites.count)
        assignedByProgramme = Array(repeating: 0, count: instance.programmes.count)
        assignedBySubQuota = Array(repeating: 0, count: instance.quotas.count)
        scopes = SubQuotaScopes(instance: instance)
        quotaMin = instance.programmes.map(instance.quotaMinSeats)
        quotaMax = instance.programmes.map(instance.quotaMaxSeats)
    }

    func school(of teacher: Int) -> Int { schoolOfTeacher[teacher] }

    // MARK: cohorts (H5, H6)

    /// True when one more cohort on this schedule fits the site's rooms and max_cohorts and the team pool.
    func canOpen(_ candidate: CandidateCohort) -> Bool {
        let site = instance.sites[candidate.site]
        if let maxCohorts = site.maxCohorts, cohortsAtSite[candidate.site] >= maxCohorts { return false }
        let team = instance.programmes[candidate.programme].team
        for day in candidate.days {
            if (roomsInUse[candidate.site]?[day] ?? 0) >= site.rooms { return false }
            if let team, (teamInUse[team]?[day] ?? 0) >= (teamLimits[team] ?? 0) { return false }
        }
        return true
    }

    mutating func open(_ candidate: CandidateCohort) { changeCohortUse(candidate, by: 1) }

    mutating func close(_ candidate: CandidateCohort) { changeCohortUse(candidate, by: -1) }

    private mutating func changeCohortUse(_ candidate: CandidateCohort, by step: Int) {
        cohortsAtSite[candidate.site] += step
        let team = instance.programmes[candidate.programme].team
        for day in candidate.days {
            roomsInUse[candidate.site, default: [:]][day, default: 0] += step
            if let team { teamInUse[team, default: [:]][day, default: 0] += step }
        }
    }

    // MARK: teachers (H1 dates and district, H2, H3, H7, H8)

    /// True when the teacher may join a cohort on this candidate without breaking a hard rule. The profile
    /// part of H1 (stage, subject, tags) is the caller's: it picks teachers by programme.
    func canSeat(_ teacher: Int, in candidate: CandidateCohort) -> Bool {
        let programme = instance.programmes[candidate.programme]
        let school = schoolOfTeacher[teacher]
        if programme.homeDistrict {
            guard let district = instance.sites[candidate.site].district, district == instance.schools[school].district
            else { return false }
        }
        if joinedClasses[teacher].contains(instance.exclusivityClass(candidate.programme)) { return false }
        if !isBelowMaximum(teacher, programme: candidate.programme) { return false }
        let profile = instance.teachers[teacher]
        let countsAway = programme.substitute == 0
        let maxAway = staff.maxAway(school)
        for day in candidate.days {
            if busyDates[teacher].contains(day) || profile.unavailable.contains(day)
                || instance.calendar.isBlackedOut(day, for: profile.stage) { return false }
            if countsAway, instance.calendar.dayType(day) == .teaching,
               (awayBySchool[school]?[day] ?? 0) >= maxAway { return false }
        }
        return true
    }

    /// True when one more of this teacher in the programme keeps the programme's and every applicable
    /// sub-quota's maximum (H7).
    func isBelowMaximum(_ teacher: Int, programme: Int) -> Bool {
        if let max = quotaMax[programme], assignedByProgramme[programme] >= max {
            return false
        }
        return scopes.rows(programme: programme, school: schoolOfTeacher[teacher]).allSatisfy { row in
            instance.quotas[row].max.map { assignedBySubQuota[row] < $0 } ?? true
        }
    }

    /// True when seating this teacher would lower a shortfall: the programme's own or a sub-quota's
    /// the teacher counts toward. A planner filling quotas by hand stops there.
    func closesShortfall(_ teacher: Int, programme: Int) -> Bool {
        if assignedByProgramme[programme] < quotaMin[programme] { return true }
        return scopes.rows(programme: programme, school: schoolOfTeacher[teacher]).contains { row in
            assignedBySubQuota[row] < instance.quotas[row].min
        }
    }

    /// True when the teacher counts toward a sub-quota of the programme with a positive minimum.
    func hasSubQuotaMinimum(_ teacher: Int, programme: Int) -> Bool {
        scopes.rows(programme: programme, school: schoolOfTeacher[teacher]).contains { instance.quotas[$0].min > 0 }
    }

    mutating func seat(_ teacher: Int, in candidate: CandidateCohort) { changeSeat(teacher, candidate, by: 1) }

    mutating func unseat(_ teacher: Int, from candidate: CandidateCohort) { changeSeat(teacher, candidate, by: -1) }

    private mutating func changeSeat(_ teacher: Int, _ candidate: CandidateCohort, by step: Int) {
        let programme = candidate.programme
        let school = schoolOfTeacher[teacher]
        let exclusivity = instance.exclusivityClass(programme)
        if step > 0 {
            busyDates[teacher].formUnion(candidate.days)
            joinedClasses[teacher].insert(exclusivity)
        } else {
            busyDates[teacher].subtract(candidate.days)
            joinedClasses[teacher].remove(exclusivity)
        }
        assignedByProgramme[programme] += step
        for row in scopes.rows(programme: programme, school: school) { assignedBySubQuota[row] += step }
        if instance.programmes[programme].substitute == 0 {
            for day in candidate.days where instance.calendar.dayType(day) == .teaching {
                awayBySchool[school, default: [:]][day, default: 0] += step
            }
        }
    }
}
