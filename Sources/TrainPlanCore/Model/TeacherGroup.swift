/// Teachers identical in everything the model sees: school, stage, teaching load, the programmes of the
/// model whose profile they meet, and unavailable dates on which one of those programmes' candidates runs. Their assignments become integer counts (SPEC-exact:
/// any teacher of a group can take any other's place). Hour deficits differ inside a group and only
/// matter for the priority reward, which the model fills from the largest deficit down.
public struct TeacherGroup: Sendable {
    public var school: Int
    public var stage: Stage
    public var weeklyPeriods: Double
    /// Programme indices of the model whose stage, subject and tag rules the group meets.
    public var programmes: [Int]
    /// Unavailable dates that some candidate of `programmes` covers; other dates change nothing in the model.
    public var unavailable: Set<PlanDate>
    /// Teacher indices, largest hour deficit first, then by id: the order in which they are picked.
    public var teachers: [Int]
    /// Distinct deficit fractions max(0, target − cycle)/target, descending, with how many teachers have each.
    public var deficitLevels: [(fraction: Double, count: Int)]
    /// Whether a teacher of the group is short of hours before any `rewardDiscount`: the group then has a
    /// reward row in every model of its blocks, whatever the multipliers (see `Model.addPriorityReward`).
    public var earnsReward: Bool

    public var size: Int { teachers.count }
}

public enum TeacherGrouping {
    /// Groups the teachers; teachers in `singletons` each get a group of their own
    /// (used when a group's counts could not be split into individual timetables).
    /// Teachers already in `fixed` cohorts keep only their free dates and unused programme classes,
    /// and earn no further priority reward.
    /// `candidates` are the model's: teachers who differ only in programmes or dates outside them are merged,
    /// so a model of one programme has far fewer groups than the whole instance.
    /// `rewardDiscount` lowers a teacher's deficit fraction (the priority reward / weight) for a bound by blocks.
    public static func groups(
        of instance: Instance, candidates: [CandidateCohort], singletons: Set<Int> = [], fixed: FixedPart = .empty,
        rewardDiscount: [Int: Double] = [:]
    ) -> [TeacherGroup] {
        var datesByProgramme: [Int: Set<Int>] = [:]
        for candidate in candidates {
            datesByProgramme[candidate.programme, default: []].formUnion(candidate.days.map(\.ordinal))
        }
        let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        struct Key: Hashable {
            var school: Int
            var stage: Stage
            var periods: Double
            var programmes: [Int]
            var unavailable: [Int]
            var trained: Bool
            var singleton: Int?
        }
        var keys: [Key] = []
        var members: [Key: [Int]] = [:]
        for (index, teacher) in instance.teachers.enumerated() {
            guard let school = schoolIndex[teacher.school] else { continue }
            let programmes = instance.programmes.indices.filter {
                datesByProgramme[$0] != nil && instance.meetsProfile(teacher, of: instance.programmes[$0])
                    && !(fixed.usedClasses[index]?.contains(instance.exclusivityClass($0)) ?? false)
            }
            let relevantDates = programmes.reduce(into: Set<Int>()) { $0.formUnion(datesByProgramme[$1]!) }
            let key = Key(
                school: school, stage: teacher.stage,
                periods: teacher.weeklyPeriods ?? instance.defaults.weeklyPeriods,
                programmes: programmes,
                unavailable: teacher.unavailable.union(fixed.busyDates[index] ?? []).map(\.ordinal)
                    .filter(relevantDates.contains).sorted(),
                trained: fixed.trained.contains(index),
                singleton: singletons.contains(index) ? index : nil
            )
            if members[key] == nil { keys.append(key) }
            members[key, default: []].append(index)
        }
        let target = instance.defaults.targetHours
        return keys.map { key in
            let deficit = { (teacher: Int) in
                target > 0 && !key.trained
                    ? max(0, max(0, target - instance.teachers[teacher].cycleHours) / target - (rewardDiscount[teacher] ?? 0))
                    : 0
            }
            let ordered = members[key]!.sorted {
                let (a, b) = (deficit($0), deficit($1))
                return a != b ? a > b : instance.teachers[$0].id < instance.teachers[$1].id
            }
            let earnsReward = target > 0 && !key.trained
                && ordered.contains { instance.teachers[$0].cycleHours < target }
            var levels: [(fraction: Double, count: Int)] = []
            for teacher in ordered {
                let fraction = deficit(teacher)
                if let last = levels.last, last.fraction == fraction {
                    levels[levels.count - 1].count += 1
                } else {
                    levels.append((fraction, 1))
                }
            }
            return TeacherGroup(
                school: key.school, stage: key.stage, weeklyPeriods: key.periods, programmes: key.programmes,
                unavailable: Set(key.unavailable.map(PlanDate.init(ordinal:))), teachers: ordered,
                deficitLevels: levels, earnsReward: earnsReward
            )
        }
    }
}
