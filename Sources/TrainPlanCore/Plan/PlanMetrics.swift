/// The SPEC's KPIs and objective of a plan, computed from the plan itself.
public struct PlanMetrics: Sendable, Equatable {
    public var shortfallTotal = 0
    /// Programme id → its own shortfall plus its sub-quotas', for every programme.
    public var shortfallByProgramme: [String: Int] = [:]
    public var teachingDaysLost = 0
    public var workStudyCost = 0.0
    public var concentrationCost = 0.0
    public var travelKm = 0.0
    public var cohortsOpened = 0
    public var cohortCost = 0.0
    /// Positive; subtracted in the objective.
    public var priorityReward = 0.0
    public var objective = 0.0

    public init(instance: Instance, plan: Plan) {
        let calendar = instance.calendar
        let weights = instance.weights
        let distances = DistanceTable(instance: instance)
        let staff = SchoolStaff(instance: instance)
        let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var assignedByProgramme = [Int: [Int]]()
        var trained = Set<Int>()
        var awayBySchoolDate: [Int: [PlanDate: Set<Int>]] = [:]

        for cohort in plan.cohorts {
            let programme = instance.programmes[cohort.programme]
            let site = instance.sites[cohort.site]
            let days = cohort.days
            let dayWeight = days.reduce(0.0) { $0 + weights.dayCost(calendar.dayType($1)) }
            let teachingDays = days.filter { calendar.dayType($0) == .teaching }
            let trips = site.lodging ? programme.sessions : programme.sessions * programme.days
            cohortsOpened += 1
            cohortCost += programme.cohortCost + site.cohortCost
            for teacherIndex in cohort.teachers {
                let teacher = instance.teachers[teacherIndex]
                let load = (teacher.weeklyPeriods ?? instance.defaults.weeklyPeriods) / instance.defaults.weeklyPeriods
                workStudyCost += (1 - programme.substitute) * load * dayWeight
                teachingDaysLost += teachingDays.count
                if !days.isEmpty {
                    travelKm += 2 * distances.km(school: teacher.school, site: site.id) * Double(trips)
                }
                assignedByProgramme[cohort.programme, default: []].append(teacherIndex)
                trained.insert(teacherIndex)
                if programme.substitute == 0, let school = schoolIndex[teacher.school] {
                    for day in teachingDays { awayBySchoolDate[school, default: [:]][day, default: []].insert(teacherIndex) }
                }
            }
        }

        for (index, programme) in instance.programmes.enumerated() {
            let assigned = assignedByProgramme[index]?.count ?? 0
            shortfallByProgramme[programme.id] = max(0, instance.quotaMinSeats(programme) - assigned)
        }
        let programmeIndex = Dictionary(instance.programmes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for quota in instance.quotas {
            guard let programme = programmeIndex[quota.program] else { continue }
            let assigned = (assignedByProgramme[programme] ?? []).filter { teacherIndex in
                let teacher = instance.teachers[teacherIndex]
                guard let school = schoolIndex[teacher.school] else { return false }
                return quota.scope == .district
                    ? instance.schools[school].district == quota.scopeID : teacher.school == quota.scopeID
            }.count
            shortfallByProgramme[quota.program, default: 0] += max(0, quota.min - assigned)
        }
        shortfallTotal = shortfallByProgramme.values.reduce(0, +)

        // Sorted iteration: floating-point sums must not depend on hash order (plans are byte-identical per input).
        for school in awayBySchoolDate.keys.sorted() {
            let soft = staff.softLimit(school)
            let byDate = awayBySchoolDate[school]!
            for day in byDate.keys.sorted() {
                concentrationCost += weights.concentration * Double(max(0, byDate[day]!.count - soft))
            }
        }
        let target = instance.defaults.targetHours
        if target > 0 {
            priorityReward = weights.priority * trained.sorted().reduce(0.0) {
                $0 + max(0, target - instance.teachers[$1].cycleHours) / target
            }
        }
        objective = weights.shortfall * Double(shortfallTotal) + workStudyCost + concentrationCost
            + weights.km * travelKm + cohortCost - priorityReward
    }
}
