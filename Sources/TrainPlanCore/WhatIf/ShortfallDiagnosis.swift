import Foundation
import MIP

/// Why a quota is not filled, found by trying, not by guessing: the instance is solved again with one
/// family of rules lifted at a time (`RuleFamily`), and every family whose lifting fills seats of a short
/// programme is named with how many it fills.
public struct ShortfallDiagnosis: Sendable {
    public let instance: Instance
    public let solver: any MIPSolver
    /// Shortfall per programme id in the plan being explained.
    public let shortfall: [String: Int]
    /// Seconds for all the relaxed solves together.
    public var timeLimit: Double

    public init(instance: Instance, plan: Plan, timeLimit: Double, solver: any MIPSolver) {
        self.instance = instance
        self.solver = solver
        shortfall = PlanMetrics(instance: instance, plan: plan).shortfallByProgramme.filter { $0.value > 0 }
        self.timeLimit = timeLimit
    }

    public struct Finding: Sendable {
        public var programme: String
        public var programmeName: String
        public var shortfall: Int
        /// Families whose lifting fills seats, most seats first.
        public var binding: [(family: RuleFamily, filled: Int)]

        /// e.g. "初中数学 short by 12: school away caps bind (relaxing them fills 10)".
        public func message(_ language: Language) -> String {
            let head = language.pick("\(programmeName)（\(programme)）缺 \(shortfall) 人：", "\(programmeName) (\(programme)) short by \(shortfall): ")
            guard !binding.isEmpty else {
                return head + language.pick(
                    "单独放宽任何一类规则都补不上，缺额来自符合条件的教师人数，或多类规则共同作用",
                    "no single family of rules explains it: too few eligible teachers, or several rules together")
            }
            return head + binding.map { item in
                language.pick("\(item.family.name(.zh))起约束作用（放宽后可补 \(item.filled) 人）",
                              "\(item.family.name(.en)) bind (relaxing them fills \(item.filled))")
            }.joined(separator: language.pick("；", "; "))
        }
    }

    public func diagnose() throws -> [Finding] {
        guard !shortfall.isEmpty else { return [] }
        let families = RuleFamily.allCases.filter { $0.isPresent(in: instance) }
        var filled: [String: [(family: RuleFamily, filled: Int)]] = [:]
        for family in families {
            var options = PlanningOptions()
            options.timeLimit = max(1, timeLimit / Double(families.count))
            let relaxed = family.relaxing(instance)
            let result = try PlanSolver(instance: relaxed, solver: solver).solve(options)
            for (programme, seats) in shortfall {
                let gained = seats - (result.metrics.shortfallByProgramme[programme] ?? 0)
                if gained > 0 { filled[programme, default: []].append((family, gained)) }
            }
        }
        return instance.programmes.compactMap { programme in
            guard let seats = shortfall[programme.id] else { return nil }
            let binding = (filled[programme.id] ?? []).sorted {
                $0.filled != $1.filled ? $0.filled > $1.filled : $0.family.order < $1.family.order
            }
            return Finding(programme: programme.id, programmeName: programme.name, shortfall: seats, binding: binding)
        }
    }
}

extension RuleFamily {
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
