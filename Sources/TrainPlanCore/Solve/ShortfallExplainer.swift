/// Why a programme's quota is not filled, in planner terms. Counts the eligible teachers, those free on
/// some candidate schedule, and for each teacher who could still join, the limit that stops them in this
/// plan (exclusivity, their own timetable, the school's away cap, rooms, max cohorts, trainer teams, quota max).
/// A shortfall is called unavoidable only up to the seats the bound proves (`PlanResult.provenShortfall`): a
/// planner who read "the quota cannot be filled" would report it upward, so the rest is said to be what the
/// search did not fill.
public struct ShortfallExplainer {
    public let instance: Instance
    public let plan: Plan
    /// Seats proven unavoidable per programme id; a programme absent (or nil: a plan read back without its
    /// solve) has nothing proven either way.
    public let proven: [String: Int]?
    /// Whether the plan is proven optimal (within the requested gap): then no plan fills more seats at a cost
    /// below the shortfall weight, which is a proof too.
    public let planIsOptimal: Bool

    public init(instance: Instance, plan: Plan, proven: [String: Int]? = nil, planIsOptimal: Bool = false) {
        self.instance = instance
        self.plan = plan
        self.proven = proven
        self.planIsOptimal = planIsOptimal
    }

    public enum Limit: String, CaseIterable, Sendable {
        case exclusivity, teacherBusy, schoolAwayCap, rooms, maxCohorts, trainerTeam, quotaMax, cohortMinimum, cost
    }

    public struct Reason: Sendable {
        public var programme: String
        public var programmeName: String
        public var shortfall: Int
        /// Seats of the shortfall the bound proves no plan can fill; nil = not proven either way.
        public var proven: Int?
        /// The plan is proven optimal: the other seats cannot be filled, or only at more than the shortfall weight.
        public var planIsOptimal = false
        /// Sub-quotas left short: scope id, minimum and assigned.
        public var shortSubQuotas: [(scope: String, minimum: Int, assigned: Int)] = []
        public var eligible: Int
        public var available: Int
        /// Teachers who could join a candidate schedule but are stopped, by the limit that stops them.
        public var blocked: [(limit: Limit, teachers: Int)]

        public func message(_ language: Language) -> String {
            var text = language.pick("\(programme) \(programmeName) 缺 \(shortfall) 人", "\(programme) \(programmeName) short by \(shortfall)")
            text += proofText(language)
            if !shortSubQuotas.isEmpty {
                text += language.pick("；未满的分项名额：", "; sub-quotas short: ")
                text += shortSubQuotas.map { "\($0.scope) \($0.assigned)/\($0.minimum)" }.joined(separator: language.pick("、", ", "))
            }
            text += language.pick(
                "；符合学段/学科/标签条件 \(eligible) 人，其中在候选日期可参训 \(available) 人",
                "; \(eligible) teachers meet the stage/subject/tag rules, \(available) of them are free on a candidate schedule"
            )
            if !blocked.isEmpty {
                text += language.pick("；其余未能加入的原因：", "; the others are stopped by: ")
                text += blocked.map { "\(Self.name($0.limit, language)) \($0.teachers)" + language.pick(" 人", "") }
                    .joined(separator: language.pick("、", ", "))
            }
            return text
        }

        /// What the bound says of the shortfall: unavoidable, partly, or not proven.
        private func proofText(_ language: Language) -> String {
            if planIsOptimal, (proven ?? 0) < shortfall {
                return language.pick("（方案已证明最优：这些名额在任何方案中都补不上，或补上的代价高于缺额罚分）",
                                     " (the plan is proven optimal: no plan fills these seats, or only at a cost above the shortfall weight)")
            }
            guard let proven else { return language.pick("（是否可以补足未经下界证明）", " (not proven fillable or unfillable)") }
            if proven >= shortfall {
                return language.pick("（下界证明任何方案都无法补足）", " (the bound proves no plan can fill them)")
            }
            let open = shortfall - proven
            return proven > 0
                ? language.pick("（其中 \(proven) 人经下界证明无法补足；另 \(open) 人未证明无法安排，是本次求解在时限内未找到安排，延长求解时间可能补上）",
                                " (\(proven) of them proven unfillable by the bound; the other \(open) are not proven so: the search did not place them in its time, and a longer solve may)")
                : language.pick("（未证明无法安排：下界允许补足全部 \(open) 人，是本次求解在时限内未找到安排，延长求解时间可能补上）",
                                " (not proven unfillable: the bound allows all \(open) to be filled; the search did not place them in its time, and a longer solve may)")
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
            // A home-district programme's teacher may only join the candidates in their district: a city's
            // 送教 programmes have a few of hundreds each (looking at all took 9 s after a city solve).
            let byDistrict = programme.homeDistrict
                ? Dictionary(grouping: ownCandidates, by: { instance.sites[$0.site].district }) : nil
            let eligible = instance.teachers.indices.filter { instance.meetsProfile(instance.teachers[$0], of: programme) }
            var available = 0
            var counts = [Limit: Int]()
            for teacher in eligible {
                let reachable = byDistrict.map { $0[usage.district(ofTeacher: teacher)] ?? [] } ?? ownCandidates
                let open = reachable.filter { usage.mayJoin(teacher, $0) }
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
                proven: proven?[programme.id], planIsOptimal: planIsOptimal, shortSubQuotas: shortSubQuotas(of: programme),
                eligible: eligible.count, available: available,
                blocked: Limit.allCases.compactMap { limit in counts[limit].map { (limit, $0) } }
                    .sorted { $0.teachers != $1.teachers ? $0.teachers > $1.teachers : $0.limit.order < $1.limit.order }
            )
        }
    }
}

extension ShortfallExplainer {
    /// The programme's sub-quotas whose minimum the plan does not reach, in quotas.csv order.
    func shortSubQuotas(of programme: Programme) -> [(scope: String, minimum: Int, assigned: Int)] {
        let schools = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let index = instance.programmes.firstIndex { $0.id == programme.id }
        let teachers = plan.cohorts.filter { $0.programme == index }.flatMap(\.teachers)
        return instance.quotas.filter { $0.program == programme.id && $0.min > 0 }.compactMap { quota in
            let assigned = teachers.filter { instance.teacher($0, isIn: quota, schools: schools) }.count
            return assigned < quota.min ? (quota.scopeID, quota.min, assigned) : nil
        }
    }
}

extension ShortfallExplainer.Limit {
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
