/// Why a programme's quota is not filled, in planner terms. Counts the eligible teachers, those free on
/// some candidate schedule, and for each teacher who could still join, the limit that stops them in this
/// plan (exclusivity, their own timetable, the school's away cap, rooms, max cohorts, trainer teams, quota max).
public struct ShortfallExplainer {
    public let instance: Instance
    public let plan: Plan

    public init(instance: Instance, plan: Plan) {
        self.instance = instance
        self.plan = plan
    }

    public enum Limit: String, CaseIterable, Sendable {
        case exclusivity, teacherBusy, schoolAwayCap, rooms, maxCohorts, trainerTeam, quotaMax, cohortMinimum, cost
    }

    public struct Reason: Sendable {
        public var programme: String
        public var programmeName: String
        public var shortfall: Int
        public var eligible: Int
        public var available: Int
        /// Teachers who could join a candidate schedule but are stopped, by the limit that stops them.
        public var blocked: [(limit: Limit, teachers: Int)]

        public func message(_ language: Language) -> String {
            var text = language.pick(
                "\(programme) \(programmeName) 缺 \(shortfall) 人：符合学段/学科/标签条件 \(eligible) 人，其中在候选日期可参训 \(available) 人",
                "\(programme) \(programmeName) short by \(shortfall): \(eligible) teachers meet the stage/subject/tag rules, \(available) of them are free on a candidate schedule"
            )
            if !blocked.isEmpty {
                text += language.pick("；其余未能加入的原因：", "; the others are stopped by: ")
                text += blocked.map { "\(Self.name($0.limit, language)) \($0.teachers)" + language.pick(" 人", "") }
                    .joined(separator: language.pick("、", ", "))
            }
            return text
        }

        static func name(_ limit: Limit, _ language: Language) -> String {
            switch limit {
            case .exclusivity: language.pick("已参加同一互斥组项目", "already in a programme of the same exclusive group")
            case .teacherBusy: language.pick("本人日期冲突", "their own timetable")
            case .schoolAwayCap: language.pick("学校单日外出上限", "the school's away cap")
            case .rooms: language.pick("培训点教室已满", "rooms at the sites")
            case .maxCohorts: language.pick("培训点班次上限", "sites' max cohorts")
            case .trainerTeam: language.pick("培训团队上限", "trainer teams")
            case .quotaMax: language.pick("名额上限", "a quota maximum")
            case .cohortMinimum: language.pick("开班人数下限", "the cohort minimum size")
            case .cost: language.pick("成本高于缺额罚分", "cost above the shortfall weight")
            }
        }
    }

    public func explain() -> [Reason] {
        let metrics = PlanMetrics(instance: instance, plan: plan)
        let candidates = CandidateGenerator(instance: instance).candidates()
        let usage = PlanUsage(instance: instance, plan: plan)
        return instance.programmes.enumerated().compactMap { programmeIndex, programme in
            let shortfall = metrics.shortfallByProgramme[programme.id] ?? 0
            guard shortfall > 0 else { return nil }
            let ownCandidates = candidates.filter { $0.programme == programmeIndex }
            let eligible = instance.teachers.indices.filter { instance.meetsProfile(instance.teachers[$0], of: programme) }
            var available = 0
            var counts = [Limit: Int]()
            for teacher in eligible {
                let open = ownCandidates.filter { usage.mayJoin(teacher, $0) }
                guard !open.isEmpty else { continue }
                available += 1
                guard !usage.isAssigned(teacher, to: programmeIndex) else { continue }
                let limits = open.map { usage.limitStopping(teacher, from: $0) }
                // The teacher's reason: the limit stopping most of their schedules.
                let tally = Dictionary(grouping: limits, by: { $0 }).mapValues(\.count)
                let reason = Limit.allCases.max { (tally[$0] ?? 0, -$0.order) < (tally[$1] ?? 0, -$1.order) }!
                counts[reason, default: 0] += 1
            }
            return Reason(
                programme: programme.id, programmeName: programme.name, shortfall: shortfall,
                eligible: eligible.count, available: available,
                blocked: Limit.allCases.compactMap { limit in counts[limit].map { (limit, $0) } }
                    .sorted { $0.teachers != $1.teachers ? $0.teachers > $1.teachers : $0.limit.order < $1.limit.order }
            )
        }
    }
}

extension ShortfallExplainer.Limit {
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
