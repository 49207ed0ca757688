import Foundation
import MIP

/// Re-plans a published plan after teachers drop out or lose dates (换人参训), disturbing as few others as
/// possible. Cohorts untouched by the request stay exactly as published (`FixedPart`); each cohort that lost
/// a teacher is freed, and its remaining teachers may return to it at no cost. The freed part is then solved
/// lexicographically, each stage keeping the previous one's optimum:
/// 1. fewest unfilled quota seats (as the SPEC's shortfall weight would rank first);
/// 2. fewest seat changes: a teacher placed in a cohort they were not in, or not returned to their own;
/// 3. lowest SPEC cost.
public struct Replanner: Sendable {
    public let instance: Instance
    public let published: Plan
    public let solver: any MIPSolver
    /// The time limit is shared by the three stages.
    public var options: PlanningOptions

    public init(instance: Instance, published: Plan, solver: any MIPSolver, options: PlanningOptions = PlanningOptions()) {
        self.instance = instance
        self.published = published
        self.solver = solver
        self.options = options
    }

    public struct Outcome: Sendable {
        /// Scored against the instance as given, so `trainplan check` accepts it as it stands.
        public var result: PlanResult
        public var changes: [PlanChange]
    }

    public func replan(_ request: ReplanRequest) throws -> Outcome {
        let clock = ContinuousClock.now
        let current = request.applied(to: instance)
        let requested = Set(instance.teachers.indices.filter { request.teacherIDs.contains(instance.teachers[$0].id) })
        let mayStay = { (teacher: Int, cohort: Cohort) in
            let unavailable = current.teachers[teacher].unavailable
            return !current.teachers[teacher].tags.contains(Instance.leaveTag) && !cohort.days.contains(where: unavailable.contains)
        }
        let affected = published.cohorts.filter { cohort in cohort.teachers.contains { !mayStay($0, cohort) } }
        let affectedIDs = Set(affected.map(\.id))
        let kept = Plan(cohorts: published.cohorts.filter { !affectedIDs.contains($0.id) })
        // Where each freed teacher may return to at no cost.
        var home: [Int: CohortSignature] = [:]
        for cohort in affected {
            for teacher in cohort.teachers where mayStay(teacher, cohort) { home[teacher] = CohortSignature(cohort) }
        }

        var plan = published
        var nodes = 0
        var modelSize: ModelSize?
        if !affected.isEmpty {
            let programmes = Set(affected.map(\.programme))
            let fixed = FixedPart(instance: current, plan: kept)
            // Teachers who may return home stay single, so that "back in their own cohort" can be counted.
            let grouped = GroupedSolve(instance: current, fixed: fixed) { singletons in
                ModelBuilder(instance: current, singletons: singletons.union(home.keys), fixed: fixed,
                             scope: { programmes.contains($0.programme) }).build()
            }
            let outcome = try grouped.run { model in try solveInStages(model, home: home, clock: clock) }
            nodes = outcome.nodes
            modelSize = ModelSize(model: outcome.model, teachers: instance.teachers.count)
            if let decoded = outcome.plan { plan = Self.keepingPublishedIDs(decoded, freed: affected, kept: kept) }
        }
        let result = PlanResult(
            instance: instance, plan: plan, provenOptimal: false, failed: false, bound: nil,
            seconds: clock.elapsedSeconds, nodes: nodes,
            // With nothing affected no model was solved: the size of an empty one is stamped.
            modelSize: modelSize ?? ModelSize(model: ModelBuilder(instance: current, scope: { _ in false }).build(), teachers: instance.teachers.count),
            options: options,
            solverVersion: solver.version
        )
        let changes = PlanChange.changes(from: published, to: plan, instance: instance, requested: requested)
        return Outcome(result: result, changes: changes)
    }

    /// The three stages on one model; returns the last stage's result, with every stage's nodes.
    private func solveInStages(_ planning: PlanningModel, home: [Int: CohortSignature],
                               clock: ContinuousClock.Instant) throws -> SolveResult {
        var model = planning.mip
        let specCosts = model.variables.map(\.cost)
        let shortfallColumns = planning.shortfalls.map(\.index)
        // +1 per teacher placed somewhere new, −1 per teacher back in their own cohort (the constant +1 of
        // every freed teacher is left out).
        let changeTerms: [Term] = planning.assignments.map { column in
            let group = planning.groups[column.group]
            let returns = group.size == 1 && home[group.teachers[0]] == CohortSignature(planning.candidates[column.candidate])
            return Term(column.variable, returns ? -1 : 1)
        }
        let shortfallTerms = shortfallColumns.map { Term(Variable(index: $0)) }
        var nodes = 0

        func stage(costs: [Double], remainingStages: Double, start: [Double]?) throws -> SolveResult {
            for index in model.variables.indices { model.setCost(Variable(index: index), costs[index]) }
            var solverOptions = SolverOptions()
            solverOptions.relativeGap = options.relativeGap
            solverOptions.timeLimit = options.timeLimit.map { max(1, ($0 - clock.elapsedSeconds) / remainingStages) }
            solverOptions.shouldStop = options.shouldStop
            solverOptions.startingSolution = start
            let result = try solver.solve(model, options: solverOptions)
            nodes += result.nodes
            guard result.hasSolution else { throw MIPError("re-planning found no plan (\(result.termination))") }
            return result
        }

        var costs = [Double](repeating: 0, count: model.variables.count)
        for column in shortfallColumns { costs[column] = 1 }
        let filled = try stage(costs: costs, remainingStages: 3, start: nil).values
        let leastShortfall = shortfallColumns.reduce(0) { $0 + filled[$1] }
        model.addConstraint("replan_shortfall", shortfallTerms, upper: leastShortfall + 0.5)

        costs = [Double](repeating: 0, count: model.variables.count)
        for term in changeTerms { costs[term.variable.index] = term.coefficient }
        let settled = try stage(costs: costs, remainingStages: 2, start: filled).values
        let fewestChanges = changeTerms.reduce(0) { $0 + $1.coefficient * settled[$1.variable.index] }
        model.addConstraint("replan_changes", changeTerms, upper: fewestChanges + 0.5)

        var result = try stage(costs: specCosts, remainingStages: 1, start: settled)
        result.nodes = nodes
        return result
    }

    /// A re-opened cohort keeps the published id of the freed cohort on the same schedule with which it
    /// shares most teachers, so notices and calendars already sent stay valid.
    static func keepingPublishedIDs(_ plan: Plan, freed: [Cohort], kept: Plan) -> Plan {
        let keptIDs = Set(kept.cohorts.map(\.id))
        var unmatchedFreed = freed
        var cohorts = plan.cohorts
        var renamed = Set<Int>()
        for index in cohorts.indices where !keptIDs.contains(cohorts[index].id) {
            let signature = CohortSignature(cohorts[index])
            let members = Set(cohorts[index].teachers)
            let match = unmatchedFreed.indices.filter { CohortSignature(unmatchedFreed[$0]) == signature }
                .max { members.intersection(unmatchedFreed[$0].teachers).count < members.intersection(unmatchedFreed[$1].teachers).count }
            guard let match else { continue }
            cohorts[index].id = unmatchedFreed.remove(at: match).id
            renamed.insert(index)
        }
        // Other new cohorts must not wear a published id that means another cohort to those who saw it.
        var reserved = keptIDs.union(freed.map(\.id))
        for index in cohorts.indices where !keptIDs.contains(cohorts[index].id) && !renamed.contains(index) {
            let base = cohorts[index].id
            var id = base
            var copy = 1
            while reserved.contains(id) {
                copy += 1
                id = "\(base)-r\(copy)"
            }
            reserved.insert(id)
            cohorts[index].id = id
        }
        return Plan(cohorts: cohorts.sorted(by: Cohort.planOrder))
    }
}
