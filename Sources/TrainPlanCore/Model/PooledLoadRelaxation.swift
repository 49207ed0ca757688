import MIP

/// A relaxation of a builder's model in which the teachers of a school who differ only in teaching load
/// (周课时) share their assignment columns: one column per pool and candidate (a pool is a school's group
/// of the model with every load made equal), paying travel (and concentration where a soft limit is 0), and one column per group and cost class
/// (programme's exclusivity class, cohort days' work-study weight) counting the group's teachers in that
/// class's cohorts, paying load × weight. Each pool and class ties the two: Σ group totals = Σ pool columns.
/// The priority reward is earned per group, from its totals.
///
/// Any plan of the model maps to it at the same cost (a pool's column is the sum of its groups' columns, a
/// group's total the sum of its columns in the class, and within a class every cohort has the same weight),
/// and every other rule holds summed over a pool, so its LP bounds the model's. It drops only the per-group
/// detail inside a pool (a group's share of each cohort, its rows per date), which the LP rarely needs: on
/// county-tight-away-s1's 1-day teaching course (368 seats, tight away caps) it has two fifths of the
/// columns and the same LP value, where the aggregated relaxation (`aggregatedRelaxation`) was 11 % below.
public struct PooledLoadRelaxation: Sendable {
    public var model: Model
    /// The groups of the model relaxed (their priority levels, their teachers in reward order).
    public var groups: [TeacherGroup]
    /// Each group's total columns (`model`'s), one per cost class it can attend.
    public var totals: [[Variable]]
    /// Its priority reward, last as in the model relaxed (so a basis carries over between multipliers).
    public var priorityReward: PriorityRewardLayout

    /// How much of each teacher `values` (a solution of `model`) trains, as `PlanningModel.trainedShares`.
    func trainedShares(_ values: [Double]) -> [Int: Double] {
        groups.trainedShares(assigned: totals.map { $0.reduce(0) { $0 + values[$1.index] } })
    }
}

extension ModelBuilder {
    /// This builder's model relaxed as `PooledLoadRelaxation` describes (the pools are the groups of the same
    /// instance with every load equal, so the teachers of one group share a pool). nil when its pools' assignment
    /// columns would be more than `columnLimit` (known before the model is built: a city's courses), and for a
    /// builder that admits only some teachers or leaves unreachable seats out of the shortfall (a plan search's
    /// blocks): a pool would admit its other groups too, and fill seats the model cannot, so it would not relax it.
    public func pooledLoadRelaxation(columnLimit: Int = .max) -> PooledLoadRelaxation? {
        guard teachers == nil, countsUnreachableShortfall else { return nil }
        var pooledInstance = instance
        pooledInstance.weights.teachingDay = 0
        pooledInstance.weights.weekendDay = 0
        pooledInstance.weights.holidayDay = 0
        pooledInstance.weights.priority = 0
        for index in pooledInstance.teachers.indices { pooledInstance.teachers[index].weeklyPeriods = nil }
        var poolBuilder = ModelBuilder(instance: pooledInstance, singletons: singletons, fixed: fixed, scope: scope, quotaRows: quotaRows)
        poolBuilder.liftsSoftAwayRows = liftsSoftAwayRows
        let poolLayout = poolBuilder.layout()
        guard poolLayout.eligibleGroups.reduce(0, { $0 + $1.count }) <= columnLimit else { return nil }
        let pooled = poolBuilder.build(poolLayout)
        var model = pooled.mip
        let groups = layout().groups

        var poolOfTeacher: [Int: Int] = [:]
        for (pool, group) in pooled.groups.enumerated() { for teacher in group.teachers { poolOfTeacher[teacher] = pool } }
        /// Cohorts of one cost class have the same work-study cost for a teacher of a given load.
        struct CostClass: Hashable, Comparable {
            var exclusivity: String
            var weight: Double
            static func < (a: Self, b: Self) -> Bool { (a.exclusivity, a.weight) < (b.exclusivity, b.weight) }
        }
        let weights = instance.weights
        func costClass(_ candidate: CandidateCohort) -> CostClass {
            let programme = instance.programmes[candidate.programme]
            let dayWeight = candidate.days.reduce(0.0) { $0 + weights.dayCost(instance.calendar.dayType($1)) }
            return CostClass(exclusivity: instance.exclusivityClass(candidate.programme), weight: (1 - programme.substitute) * dayWeight)
        }
        var poolColumns: [Int: [CostClass: [Variable]]] = [:]
        for column in pooled.assignments {
            poolColumns[column.group, default: [:]][costClass(pooled.candidates[column.candidate]), default: []].append(column.variable)
        }
        var totals = [[Variable]](repeating: [], count: groups.count)
        var groupTotals: [Int: [CostClass: [Variable]]] = [:]
        for (index, group) in groups.enumerated() {
            guard let first = group.teachers.first, let pool = poolOfTeacher[first] else { continue }
            assert(group.teachers.allSatisfy { poolOfTeacher[$0] == pool }, "a group's teachers share one pool")
            let load = group.weeklyPeriods / instance.defaults.weeklyPeriods
            var byExclusivity: [String: [Variable]] = [:]
            for costClass in (poolColumns[pool] ?? [:]).keys.sorted() {
                let total = model.addVariable(
                    "total_g\(index)", kind: .continuous, lower: 0, upper: Double(group.size), cost: load * costClass.weight
                )
                totals[index].append(total)
                groupTotals[pool, default: [:]][costClass, default: []].append(total)
                byExclusivity[costClass.exclusivity, default: []].append(total)
            }
            for (exclusivity, columns) in byExclusivity.sorted(by: { $0.key < $1.key }) where columns.count > 1 {
                model.addConstraint("one_per_class_g\(index)_\(exclusivity)", columns.map { Term($0) }, upper: Double(group.size))
            }
        }
        for pool in poolColumns.keys.sorted() {
            for (costClass, columns) in poolColumns[pool]!.sorted(by: { $0.key < $1.key }) {
                let groupColumns = groupTotals[pool]?[costClass] ?? []
                model.addConstraint(
                    "pool\(pool)_\(costClass.exclusivity)", groupColumns.map { Term($0) } + columns.map { Term($0, -1) },
                    lower: 0, upper: 0
                )
            }
        }
        let priorityReward = model.addPriorityReward(groups: groups, weight: instance.weights.priority) { group in
            totals[group].map { Term($0) }
        }
        return PooledLoadRelaxation(model: model, groups: groups, totals: totals, priorityReward: priorityReward)
    }
}
