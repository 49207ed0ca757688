import MIP

/// The model under construction; its extensions add one family of rows each.
struct BuildContext {
    let instance: Instance
    let groups: [TeacherGroup]
    let fixed: FixedPart
    /// Which quota rows the model holds; nil = all (see `ModelBuilder.quotaRows`).
    var quotaRows: (@Sendable (QuotaRow) -> Bool)? = nil
    /// See `ModelBuilder.countsUnreachableShortfall`.
    var countsUnreachableShortfall = true
    /// See `ModelBuilder.liftsSoftAwayRows`.
    var liftsSoftAwayRows = true
    var model: Model
    var candidates: [CandidateCohort] = []
    var openings: [Variable] = []
    var assignments: [PlanningModel.AssignmentColumn] = []
    /// The shortfall column of each quota row with seats to fill.
    var shortfalls: [Variable] = []
    /// Assignment columns of each candidate and of each group.
    var assignmentsByCandidate: [[Int]] = []
    var assignmentsByGroup: [[Int]] = []
    /// Upper bound of each opening variable.
    var openingLimit: [Int] = []
    /// Most teachers one opened cohort of each candidate can receive (see `addCohortSizeRows`).
    var effectiveCapacity: [Int] = []
    var priorityReward = PriorityRewardLayout()
    /// See `addSiteCohortCountColumns`.
    var siteCohortCounts: [PlanningModel.SiteCohortCount] = []

    init(instance: Instance, groups: [TeacherGroup], fixed: FixedPart, model: Model) {
        self.instance = instance
        self.groups = groups
        self.fixed = fixed
        self.model = model
    }

    func includesQuota(_ row: QuotaRow) -> Bool { quotaRows?(row) ?? true }

    /// Rooms of a site free on a date after the fixed cohorts.
    func freeRooms(site: Int, on date: PlanDate) -> Int {
        instance.sites[site].rooms - (fixed.roomsUsed[site]?[date] ?? 0)
    }

    /// Cohorts a team pool can still run on a date.
    func freeTeamSlots(_ pool: TeamPool, on date: PlanDate) -> Int {
        pool.limit - (fixed.teamUsed[pool.name]?[date] ?? 0)
    }

    /// Most teachers one cohort of the candidate can hold: min(cohort_max, seats); nil = no limit.
    func capacity(_ candidate: CandidateCohort) -> Int? {
        let programme = instance.programmes[candidate.programme]
        let seats = instance.sites[candidate.site].seats
        switch (programme.cohortMax, seats) {
        case let (max?, seats?): return Swift.min(max, seats)
        case let (max?, nil): return max
        case let (nil, seats?): return seats
        case (nil, nil): return nil
        }
    }

    /// Smallest opened cohort; at least 1 because an empty cohort is not opened (H4).
    func cohortMinimum(_ candidate: CandidateCohort) -> Int {
        Swift.max(1, instance.programmes[candidate.programme].cohortMin)
    }

    /// How many cohorts can run on this candidate's schedule at once: rooms, max_cohorts and the team pool
    /// cap non-online ones; every candidate is capped by the teachers who could fill its cohorts.
    func maxOpenings(_ candidate: CandidateCohort, eligibleTeachers: Int) -> Int {
        let programme = instance.programmes[candidate.programme]
        let site = instance.sites[candidate.site]
        if let capacity = capacity(candidate), capacity < cohortMinimum(candidate) { return 0 }
        var limit = eligibleTeachers / cohortMinimum(candidate)
        if let quotaMax = instance.quotaMaxSeats(programme) {
            let left = quotaMax - (fixed.assignedByProgramme[candidate.programme] ?? 0)
            limit = Swift.min(limit, left / cohortMinimum(candidate))
        }
        if let maxCohorts = site.maxCohorts { limit = Swift.min(limit, maxCohorts - (fixed.cohortsAtSite[candidate.site] ?? 0)) }
        for day in candidate.days {
            limit = Swift.min(limit, freeRooms(site: candidate.site, on: day))
            if let team = programme.team, let pool = instance.teams.first(where: { $0.name == team }) {
                limit = Swift.min(limit, freeTeamSlots(pool, on: day))
            }
        }
        return Swift.max(0, limit)
    }

    mutating func addOpenings(eligibleGroups: [[Int]]) {
        for (index, candidate) in candidates.enumerated() {
            let programme = instance.programmes[candidate.programme]
            let site = instance.sites[candidate.site]
            let eligibleTeachers = eligibleGroups[index].reduce(0) { $0 + groups[$1].size }
            let limit = maxOpenings(candidate, eligibleTeachers: eligibleTeachers)
            openingLimit.append(limit)
            openings.append(model.addVariable(
                "y\(index)_\(programme.id)@\(site.id)", kind: limit == 1 ? .binary : .integer,
                lower: 0, upper: Double(limit), cost: programme.cohortCost + site.cohortCost,
                // With the openings integral, the assignments left are a transportation-like LP.
                branchesFirst: true
            ))
        }
    }

    mutating func addAssignments(eligibleGroups: [[Int]]) {
        let distances = DistanceTable(instance: instance)
        let weights = instance.weights
        assignmentsByCandidate = Array(repeating: [], count: candidates.count)
        assignmentsByGroup = Array(repeating: [], count: groups.count)
        for (candidateIndex, candidate) in candidates.enumerated() {
            let programme = instance.programmes[candidate.programme]
            let site = instance.sites[candidate.site]
            let dayWeight = candidate.days.reduce(0.0) { $0 + weights.dayCost(instance.calendar.dayType($1)) }
            let trips = site.lodging ? programme.sessions : programme.sessions * programme.days
            let seatLimit = capacity(candidate).map { $0 * openingLimit[candidateIndex] }
            for groupIndex in eligibleGroups[candidateIndex] {
                let group = groups[groupIndex]
                let load = group.weeklyPeriods / instance.defaults.weeklyPeriods
                let workStudy = (1 - programme.substitute) * load * dayWeight
                let travel = candidate.days.isEmpty
                    ? 0
                    : weights.km * 2 * distances.km(school: instance.schools[group.school].id, site: site.id) * Double(trips)
                let upper = Swift.min(group.size, seatLimit ?? group.size)
                let variable = model.addVariable(
                    "x\(groupIndex)_\(candidateIndex)", kind: .integer, lower: 0, upper: Double(upper),
                    cost: workStudy + travel
                )
                assignmentsByCandidate[candidateIndex].append(assignments.count)
                assignmentsByGroup[groupIndex].append(assignments.count)
                assignments.append(.init(group: groupIndex, candidate: candidateIndex, variable: variable))
            }
        }
    }

    /// H4 for y_k identical cohorts: min·y ≤ Σ x ≤ cap·y is exactly "splittable into y cohorts of legal size".
    /// The cap is tightened to what one cohort can really receive: no more than the programme's remaining
    /// quota maximum nor the teachers eligible for it. This is what makes the LP pay a whole cohort's cost
    /// for a small quota (quota 6 in classes of 50 would otherwise open 0.12 of a cohort).
    /// Per-group rows x ≤ min(n_g, cap)·y are valid for every y and tighten the LP where n_g < cap.
    mutating func addCohortSizeRows() {
        for (index, candidate) in candidates.enumerated() {
            let columns = assignmentsByCandidate[index]
            let opening = openings[index]
            let total = columns.map { Term(assignments[$0].variable) }
            let eligible = columns.reduce(0) { $0 + groups[assignments[$1].group].size }
            var capacity = Swift.min(capacity(candidate) ?? eligible, eligible)
            if let quotaMax = instance.quotaMaxSeats(instance.programmes[candidate.programme]) {
                capacity = Swift.min(capacity, Swift.max(0, quotaMax - (fixed.assignedByProgramme[candidate.programme] ?? 0)))
            }
            effectiveCapacity.append(capacity)
            model.addConstraint("size_max\(index)", total + [Term(opening, -Double(capacity))], upper: 0)
            model.addConstraint("size_min\(index)", total + [Term(opening, -Double(cohortMinimum(candidate)))], lower: 0)
            for column in columns {
                let groupSize = groups[assignments[column].group].size
                guard groupSize < capacity else { continue }
                model.addConstraint(
                    "link\(column)", [Term(assignments[column].variable), Term(opening, -Double(groupSize))], upper: 0
                )
            }
        }
    }
}
