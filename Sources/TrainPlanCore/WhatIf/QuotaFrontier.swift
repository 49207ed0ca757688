import MIP

/// The quota frontier of one programme: the plan's optimal cost at each quota level (quota_min =
/// quota_max = level), how much of it is unfilled, the MIP's marginal cost per extra seat next to the LP
/// dual's, the largest level filled without shortfall and what stops the next one.
public struct QuotaFrontier: Sendable {
    public let instance: Instance
    public let programme: String
    public let levels: [Int]
    public let solver: any MIPSolver
    /// Options of each level's solve.
    public var options: PlanningOptions

    public init(instance: Instance, programme: String, levels: [Int], solver: any MIPSolver,
                options: PlanningOptions = PlanningOptions()) {
        self.instance = instance
        self.solver = solver
        self.programme = programme
        self.levels = levels
        self.options = options
    }

    public struct Point: Sendable {
        public var level: Int
        public var status: PlanStatus
        public var metrics: PlanMetrics
        /// This programme's unfilled seats (own quota and sub-quotas).
        public var shortfall: Int
        /// Cohorts of this programme in the plan.
        public var cohorts: Int
        /// (cost here − cost at the previous level) / seats between; nil at the first level.
        public var marginalCost: Double?
        /// The LP dual estimate of the next seat's cost at this level.
        public var dualEstimate: Double?
        /// At a level with shortfall: what stops this programme's eligible teachers in that level's plan.
        public var reason: ShortfallExplainer.Reason?

        /// True when the MIP's step and the LP's price disagree: the step paid for whole cohorts (or saved
        /// them), which the LP spreads over seats.
        public var differsFromDual: Bool {
            guard let marginalCost, let dualEstimate else { return false }
            return abs(marginalCost - dualEstimate) > max(1, 0.05 * abs(marginalCost))
        }
    }

    public struct Outcome: Sendable {
        public var points: [Point]
        /// Largest level reached with no shortfall of this programme; nil when even the first is short.
        public var largestFilled: Int?
        /// At the first level with shortfall: what stops the programme in that plan, and what lifting each
        /// family of rules fills.
        public var stoppingReason: ShortfallExplainer.Reason?
        public var diagnosis: ShortfallDiagnosis.Finding?
    }

    /// The instance at one level.
    public func instance(at level: Int) -> Instance {
        var copy = instance
        if let index = copy.programmes.firstIndex(where: { $0.id == programme }) {
            copy.programmes[index].quotaMin = .seats(level)
            copy.programmes[index].quotaMax = level
        }
        return copy
    }

    /// `diagnosisTime`: seconds for the relaxation diagnosis at the first short level; nil = no diagnosis.
    public func run(diagnosisTime: Double? = nil) throws -> Outcome {
        var points: [Point] = []
        var firstShortPlan: (instance: Instance, plan: Plan)?
        // Ctrl-C stops at the level being solved (its plan is kept): the frontier so far is reported.
        let stopped = { options.shouldStop?() ?? false }
        for level in levels where !stopped() {
            let levelInstance = instance(at: level)
            let result = try PlanSolver(instance: levelInstance, solver: solver).solve(options)
            let shortfall = result.metrics.shortfallByProgramme[programme] ?? 0
            let programmeIndex = levelInstance.programmes.firstIndex { $0.id == programme }
            var point = Point(
                level: level, status: result.status, metrics: result.metrics, shortfall: shortfall,
                cohorts: result.plan.cohorts.filter { $0.programme == programmeIndex }.count,
                dualEstimate: try QuotaDualEstimate.marginalCost(instance: levelInstance, programme: programme, timeLimit: options.timeLimit, solver: solver)
            )
            if shortfall > 0 {
                point.reason = ShortfallExplainer(instance: levelInstance, plan: result.plan, proven: result.provenShortfall,
                                                  planIsOptimal: result.status == .optimal).explain().first { $0.programme == programme }
            }
            if let previous = points.last, level != previous.level {
                point.marginalCost = (result.metrics.objective - previous.metrics.objective) / Double(level - previous.level)
            }
            points.append(point)
            if shortfall > 0, firstShortPlan == nil { firstShortPlan = (levelInstance, result.plan) }
        }
        var outcome = Outcome(points: points, largestFilled: points.filter { $0.shortfall == 0 }.map(\.level).max())
        if let (shortInstance, plan) = firstShortPlan, !stopped() {
            outcome.stoppingReason = ShortfallExplainer(instance: shortInstance, plan: plan).explain().first { $0.programme == programme }
            if let diagnosisTime {
                outcome.diagnosis = try ShortfallDiagnosis(instance: shortInstance, plan: plan, timeLimit: diagnosisTime, solver: solver)
                    .diagnose().first { $0.programme == programme }
            }
        }
        return outcome
    }

    /// Each level is a whole solve: more than this many is refused before any is solved.
    public static let largestLevelCount = 100

    /// Default levels: from the programme's current quota up to every teacher who meets its profile, in
    /// about eight steps. Levels and steps above `ValueLimits.largestCount` are clamped to it (no overflow);
    /// more than `largestLevelCount` levels throw `tooManyLevels` with their count.
    public static func defaultLevels(instance: Instance, programme: Programme, from: Int?, to: Int?, step: Int?) throws(FrontierLevelError) -> [Int] {
        let largest = ValueLimits.largestCount
        let eligible = instance.teachers.filter { instance.meetsProfile($0, of: programme) }.count
        let first = min(largest, max(0, from ?? instance.quotaMinSeats(programme)))
        let last = min(largest, max(first, to ?? eligible))
        let stride = min(largest, max(1, step ?? Int((Double(last - first) / 8).rounded(.up))))
        let count = (last - first) / stride + 1 + ((last - first) % stride == 0 ? 0 : 1)
        guard count <= largestLevelCount else { throw .tooManyLevels(count, limit: largestLevelCount) }
        var levels = Array(Swift.stride(from: first, through: last, by: stride))
        if levels.last != last { levels.append(last) }
        return levels
    }
}

public enum FrontierLevelError: Error, Equatable {
    case tooManyLevels(Int, limit: Int)

    public func message(_ language: Language) -> String {
        switch self {
        case .tooManyLevels(let count, let limit):
            language.pick("名额水平太多：\(count) 个（每个水平都要求解一次，最多 \(limit) 个；请加大 --step 或缩小 --from/--to 范围）",
                          "too many quota levels: \(count) (each is a whole solve; at most \(limit); use a larger --step or a narrower --from/--to)")
        }
    }
}
