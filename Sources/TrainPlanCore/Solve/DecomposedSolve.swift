import Foundation
import GLPKSolver
import MIP

/// The solve path for instances too large for one GLPK MIP:
/// 1. plan: `SolveBlock`s solved in order, each a small MIP over its own candidates with every earlier
///    block's cohorts fixed (`FixedPart`), so each block sees only the rooms, teams, dates and away caps left,
///    and the seats of its programme's later blocks held back (`SeatShares`);
/// 2. bound, on a thread of its own from then on (`BoundThread`): the sum over programmes of each
///    programme's own LP bound with the rules that join programmes dropped (a relaxation, so a valid bound
///    for the SPEC optimum), except "a teacher's priority reward counts once", which is priced by Lagrange
///    multipliers; large programmes by column generation; the whole model's LP when that is cheap; then
///    subgradient rounds on the multipliers;
/// 3. improvement, meanwhile: each block solved again with all other blocks fixed, starting from its cohorts
///    in the plan, the new plan kept when its SPEC objective is lower; then pairs of blocks solved together
///    (regions of one programme trading seats, blocks competing for teachers' dates, whole programmes).
struct DecomposedSolve: Sendable {
    let instance: Instance
    let solver: any MIPSolver
    let options: PlanningOptions
    let clock: ContinuousClock.Instant

    var budget: Double { options.timeLimit ?? options.decomposedDefaultTime }
    var remaining: Double { budget - clock.elapsedSeconds }
    var stopRequested: Bool { options.shouldStop?() ?? false }

    /// `wholeModel`: the whole instance's model when its LP is cheap enough to add to the bound, else nil
    /// (a city's whole model takes over a gigabyte, and only its size is reported).
    func run(modelSize: ModelSize, wholeModel: PlanningModel?) throws -> PlanResult {
        let instance = self.instance
        let blocks = SolveBlock.blocks(of: instance)
        // Whole programmes bound better than their district blocks: the programme's total quota stays in.
        let programmeBlocks = instance.programmes.indices.map {
            SolveBlock(programme: $0, district: nil, name: instance.programmes[$0].id)
        }
        // Time is shared out by block size: candidates × teachers who may join them.
        let candidates = CandidateGenerator(instance: instance).candidates()
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let weights = blocks.map { block in
            let teachers = instance.teachers.indices.filter { block.admits($0, in: instance, schools: schoolsByID) }.count
            return Double(max(1, teachers * candidates.filter { block.contains($0, in: instance) }.count))
        }
        let totalWeight = weights.reduce(0, +)
        func share(_ block: Int, of seconds: Double) -> Double { max(2, seconds * weights[block] / totalWeight) }

        // A first plan before the bound, so that an interrupted solve still has one to write.
        var plan = Plan(cohorts: [])
        var nodes = 0
        let constructionTime = 0.45 * budget
        let seatShares = SeatShares(blocks: blocks, instance: instance)
        for (index, block) in blocks.enumerated() where !stopRequested {
            let outcome = try solveBlock([block], keeping: plan, holding: seatShares.held(whilePlanning: index, after: plan),
                                         seconds: share(index, of: constructionTime))
            plan = outcome.plan
            nodes += outcome.nodes
            note("block \(block.name): objective \(PlanMetrics(instance: instance, plan: plan).objective)")
            report(plan, bound: nil)
        }

        // The bound, on a thread of its own from here on. Its first multipliers come from the plan: a teacher
        // it trains k > 1 times would count k rewards.
        let multipliers = priorityMultipliers(after: [:], training: plan.cohorts.reduce(into: [:]) { counts, cohort in
            for teacher in cohort.teachers { counts[teacher, default: 0] += 1 }
        })
        let boundThread = BoundThread()
        let search = self
        boundThread.start { shared in
            try search.searchBound(programmeBlocks, multipliers: multipliers, wholeModel: wholeModel, into: shared)
        }
        var bound: Double? { boundThread.bound }

        // Never worse than filling the quotas by hand: the greedy plan replaces a weaker first plan.
        var objective = PlanMetrics(instance: instance, plan: plan).objective
        let greedy = GreedyPlanner(instance: instance).plan()
        let greedyObjective = PlanMetrics(instance: instance, plan: greedy).objective
        if greedyObjective < objective {
            note("greedy plan \(greedyObjective) replaces first plan \(objective)")
            plan = greedy
            objective = greedyObjective
        }
        boundThread.incumbent = objective
        report(plan, bound: bound)

        // Re-solve a block only when some other block changed since it was last solved.
        var changedSince = [Bool](repeating: false, count: blocks.count)
        var lastChange = blocks.count - 1
        var index = 0
        var round = 0
        var converged = false
        func closeEnough() -> Bool {
            guard let bound else { return false }
            return (objective - bound) / max(1, abs(objective)) <= options.relativeGap
        }
        func accept(_ better: Plan, _ value: Double, by name: String) {
            plan = better
            objective = value
            boundThread.incumbent = value
            note("improved \(name): objective \(value)")
            report(plan, bound: bound)
        }
        /// Block re-solves until they stop improving.
        func improve(rounds: Int = options.improvementRounds) throws {
            while !converged, remaining > 2, !stopRequested, round < rounds, !closeEnough() {
                let block = blocks[index]
                if changedSince[index] || round == 0 {
                    let others = Plan(cohorts: plan.cohorts.filter { !block.owns($0, in: instance) })
                    let current = Plan(cohorts: plan.cohorts.filter { block.owns($0, in: instance) })
                    let seconds = min(remaining - 1, share(index, of: remaining))
                    let outcome = try solveBlock([block], keeping: others, from: current, seconds: seconds)
                    nodes += outcome.nodes
                    let candidate = PlanMetrics(instance: instance, plan: outcome.plan).objective
                    changedSince[index] = false
                    if candidate < objective - 1e-6 {
                        accept(outcome.plan, candidate, by: block.name)
                        lastChange = index
                        for other in blocks.indices where other != index { changedSince[other] = true }
                    }
                }
                index = (index + 1) % blocks.count
                if index == 0 { round += 1 }
                if index == (lastChange + 1) % blocks.count, !changedSince.contains(true), round > 0 { converged = true }
            }
        }
        /// Blocks re-solved together (each neighbourhood one MIP, when it fits), then the other blocks singly
        /// again after a gain.
        func exchange(_ neighbourhoods: [[SolveBlock]], columnLimit: Int) throws {
            var gained = false
            for parts in neighbourhoods where remaining > 5 && !stopRequested && !closeEnough() {
                let owned = { (cohort: Cohort) in parts.contains { $0.owns(cohort, in: instance) } }
                let others = Plan(cohorts: plan.cohorts.filter { !owned($0) })
                let seconds = min(remaining - 1, max(5, 0.25 * remaining))
                let outcome = try solveBlock(parts, keeping: others, from: Plan(cohorts: plan.cohorts.filter(owned)),
                                             seconds: seconds, columnLimit: columnLimit)
                nodes += outcome.nodes
                let candidate = PlanMetrics(instance: instance, plan: outcome.plan).objective
                guard candidate < objective - 1e-6 else { continue }
                accept(outcome.plan, candidate, by: parts.map(\.name).joined(separator: "+"))
                gained = true
                for (other, block) in blocks.enumerated() where !parts.contains(where: { $0.name == block.name }) {
                    changedSince[other] = true
                }
            }
            guard gained else { return }
            // Past round 0, only blocks that something changed around are solved again.
            converged = false
            round = 1
            try improve()
        }
        // One round of single blocks; regions in pairs (they trade a programme's seats) and blocks that compete
        // for teachers' dates in pairs; singles again. Block re-solves stop at a local optimum (district-s1
        // ended 0.13 % above its bound): two programmes that compete for the same teachers' dates are then
        // solved together, when that fits in one MIP.
        try improve(rounds: 1)
        // (A winter course for every junior teacher has no seats to trade: its region pairs, 30–40k columns,
        // ran out of time without a gain on the city.)
        try exchange(regionPairs(blocks).filter { seatShares.shares(programme: $0.0.programme) }.map { [$0.0, $0.1] },
                     columnLimit: options.pairColumnLimit)
        try exchange(competingBlocks(blocks).map { [$0.0, $0.1] }, columnLimit: options.pairColumnLimit)
        try improve()
        try exchange(competingProgrammes().map { pair in blocks.filter { $0.programme == pair.0 || $0.programme == pair.1 } },
                     columnLimit: options.wholeModelColumnLimit)
        let finalBound = try boundThread.wait()
        report(plan, bound: finalBound)

        return PlanResult(
            // The bound is a proof: within the requested gap the plan counts as optimal (PlanResult grades it).
            instance: instance, plan: plan, provenOptimal: true, failed: false, bound: finalBound,
            seconds: clock.elapsedSeconds, nodes: nodes,
            modelSize: modelSize, options: options,
            solverVersion: GLPKSolver.version
        )
    }

    /// A line for the verbose log, stamped with the elapsed time.
    func note(_ text: String) {
        options.log?(String(format: "[%6.1f s] ", clock.elapsedSeconds) + text)
    }

    /// Shows progress, and logs it as one line the benchmark runner reads (time to reach a gap).
    func report(_ plan: Plan, bound: Double?) {
        let incumbent = PlanMetrics(instance: instance, plan: plan).objective
        note("progress: incumbent \(incumbent) bound \(bound.map { "\($0)" } ?? "none")")
        options.progress?(SolveProgress(incumbent: incumbent, bound: bound, seconds: clock.elapsedSeconds, nodes: 0))
    }
}

extension SolveBlock {
    func owns(_ cohort: Cohort, in instance: Instance) -> Bool {
        cohort.programme == programme && covers(site: cohort.site, in: instance)
    }
}
