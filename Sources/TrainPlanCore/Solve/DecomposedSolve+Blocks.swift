import MIP

/// Block solves of a decomposed solve: one block, or several solved together (a neighbourhood), over a fixed part.
extension DecomposedSolve {
    /// Solves blocks together with `kept` fixed (see `BlockOutcome`). `held`: quota seats per programme kept
    /// for blocks planned later (`SeatShares`). `start`: the blocks' cohorts in the current plan, offered to
    /// GLPK as its first incumbent, so that a block that runs out of time still returns a plan no worse (a
    /// city's 国培 block, 13,000 columns, ended every re-solve at its time limit without a plan and kept a poor
    /// one). `objective`: the SPEC costs, or seats short alone (`PlanningModel.seatsOnly`). A model with many columns is first solved as an LP, and the MIP is then
    /// restricted to the candidates the LP opens at all: GLPK finds good plans quickly on such a model, where
    /// on the whole block it often finds none in time. Before that MIP, LP rounding (`roundedOpenings`) opens
    /// the candidates the LP opens most and only seats teachers; its plan is the MIP's start, and kept when
    /// the MIP finds nothing better.
    /// `relaxation`: the whole LP, given when the blocks are every block and nothing is kept: their LP is
    /// then (nearly: the blocks' model lacks the lifted soft rows) the whole LP the bound worker has solved,
    /// and its support is taken instead of solving it again (district-guopei-s1: 3.5 s).
    /// A solver failure (`MIPError`) ends only this block solve: the plan so far is kept.
    func solveBlock(
        _ parts: [SolveBlock], keeping kept: Plan, holding held: [Int: Int] = [:], from start: Plan? = nil,
        seconds: Double, columnLimit: Int? = nil, objective: BlockObjective = .costs, schedules: BlockSchedules = .all,
        teachers: BlockTeachers = .likely, relaxation: WholeRelaxation? = nil
    ) -> BlockOutcome {
        do {
            return try attemptBlock(parts, keeping: kept, holding: held, from: start, seconds: seconds, columnLimit: columnLimit,
                                    objective: objective, schedules: schedules, teachers: teachers, relaxation: relaxation)
        } catch {
            note("  \(parts.map(\.name).joined(separator: "+")): the solver failed (\(error)); the plan so far is kept")
            return .noSolution(.error, nodes: 0)
        }
    }

    private func attemptBlock(
        _ parts: [SolveBlock], keeping kept: Plan, holding held: [Int: Int], from start: Plan?,
        seconds: Double, columnLimit: Int?, objective: BlockObjective, schedules: BlockSchedules, teachers: BlockTeachers,
        relaxation wholeRelaxation: WholeRelaxation?
    ) throws -> BlockOutcome {
        let fixed = held.reduce(FixedPart(instance: instance, plan: kept)) { $0.holdingSeats($1.value, of: $1.key) }
        let instance = self.instance
        let deadline = clock.elapsedSeconds + seconds
        var support: Set<CandidateKey>?
        let planned = Set(start?.cohorts.flatMap(\.teachers) ?? [])
        let likely: Set<Int>?
        if teachers == .planned {
            likely = planned
        } else {
            // Filling seats looks at every teacher: the likeliest may all be busy where others are free.
            let restrictions = parts.map { part in
                objective == .seats ? part.teachers
                    : LikelyTeachers(instance: instance, margin: options.tuning.likelyTeachersPerSeat).forBlock(part) ?? part.teachers
            }
            likely = restrictions.contains { $0 == nil } ? nil : restrictions.reduce(planned) { $0.union($1!) }
        }
        let name = parts.map(\.name).joined(separator: "+")
        let inParts = { @Sendable (candidate: CandidateCohort) in parts.contains { $0.contains(candidate, in: instance) } }
        func builder(_ scope: @escaping @Sendable (CandidateCohort) -> Bool, singletons: Set<Int>) -> ModelBuilder {
            var builder = ModelBuilder(instance: instance, singletons: singletons, fixed: fixed, scope: scope)
            builder.teachers = likely
            builder.countsUnreachableShortfall = false
            builder.liftsSoftAwayRows = false
            return builder
        }
        func build(_ builder: ModelBuilder, _ layout: ModelLayout) -> PlanningModel {
            let model = builder.build(layout)
            return objective == .seats ? model.seatsOnly() : model
        }
        var firstModel: PlanningModel?
        /// The LP rounding's plan (`roundedOpenings`), the MIP's start when it has none.
        var rounded: (plan: Plan, objective: Double)?
        /// The blocks' model over chosen candidates, for the rounding, and when its share of the time ends.
        let restrictedModel = { (chosen: Set<CandidateKey>, singletons: Set<Int>) -> PlanningModel in
            let restricted = builder({ inParts($0) && chosen.contains(CandidateKey($0)) }, singletons: singletons)
            return build(restricted, restricted.layout())
        }
        func roundingDeadline() -> Double { clock.elapsedSeconds + options.tuning.roundingShare * (deadline - clock.elapsedSeconds) }
        let startSchedules = Set(start?.cohorts.map { CandidateKey(programme: $0.programme, site: $0.site, sessions: $0.sessions) } ?? [])
        // A model of chosen schedules is the neighbourhood itself, small by design: never restricted to its LP's support.
        let offered = schedules.offered(planned: startSchedules)
        let first = builder({ inParts($0) && (offered?.contains(CandidateKey($0)) ?? true) }, singletons: [])
        // The layout's opening and assignment columns are a floor on the model's columns: a neighbourhood
        // already above its limit there is not built (its rows are most of the building time and memory).
        let firstLayout = first.layout()
        if let columnLimit, firstLayout.decisionColumns > columnLimit { return .tooLarge(columns: firstLayout.decisionColumns) }
        let blockModel = build(first, firstLayout)
        if let columnLimit, blockModel.mip.variables.count > columnLimit { return .tooLarge(columns: blockModel.mip.variables.count) }
        if let offered {
            support = offered
            firstModel = blockModel
            // "Who" over the planned schedules: with each of them kept open, GLPK only seats teachers.
            if schedules == .planned, objective == .costs, options.tuning.roundingShare > 0,
               blockModel.mip.variables.count > options.tuning.restrictToLPSupportAbove {
                rounded = try roundedOpenings(ranked: Array(offered), lpOpenings: nil, fixed: fixed,
                                              deadline: roundingDeadline(), build: restrictedModel)
            }
        } else {
            if blockModel.mip.variables.count > options.tuning.restrictToLPSupportAbove {
                let lpValues: [Double]?
                if let wholeRelaxation, kept.cohorts.isEmpty, held.isEmpty {
                    lpValues = wholeRelaxation.values(for: blockModel)
                } else {
                    var lpOptions = options.solverOptions(remaining: max(1, 0.7 * seconds))
                    lpOptions.relaxation = true
                    lpOptions.progress = nil
                    let relaxation = try solver.solve(blockModel.mip, options: lpOptions)
                    // Only an LP solved to its optimum restricts the MIP: the same plan then gives the same
                    // support, so a MIP GLPK finished over it is not worth solving again (`improve`).
                    lpValues = relaxation.termination == .optimal && relaxation.hasSolution ? relaxation.values : nil
                }
                if let lpValues {
                    let ranked = blockModel.rankedCandidates(lpValues)
                    support = Set(ranked.map { CandidateKey(blockModel.candidates[$0]) }).union(startSchedules)
                    if objective == .costs, options.tuning.roundingShare > 0 {
                        rounded = try roundedOpenings(
                            ranked: ranked.map { CandidateKey(blockModel.candidates[$0]) },
                            lpOpenings: ranked.reduce(0) { $0 + lpValues[blockModel.openings[$1].index] },
                            fixed: fixed, deadline: roundingDeadline(), build: restrictedModel
                        )
                    }
                }
            }
            if support == nil { firstModel = blockModel }
        }
        let restriction = support
        let grouped = GroupedSolve(instance: instance, fixed: fixed) { singletons in
            let restricted = builder({ inParts($0) && (restriction?.contains(CandidateKey($0)) ?? true) }, singletons: singletons)
            return build(restricted, restricted.layout())
        }
        // The whole plan the MIP starts from, for its stop at a plan the bound proves (costs only).
        let startPlanObjective = options.planObjectiveGoal == nil || objective != .costs ? nil
            : start.map { PlanMetrics(instance: instance, plan: Plan(cohorts: kept.cohorts + $0.cohorts)).objective }
        var solves = 0
        let outcome = try grouped.run(firstModel: firstModel) { model in
            // The first solve always runs, for at least a second: building a city block's model and its LP can
            // take the whole of a 2 s share, and a block never solved kept no cohort at all (20 of a city's 103
            // construction blocks; their quotas then made the blocks' plan lose to the greedy plan). A rebuild
            // with teachers ungrouped can come after the deadline: no solve then.
            solves += 1
            guard solves == 1 || deadline - clock.elapsedSeconds >= 1 else { return .timedOutBeforeStart }
            var blockOptions = options.solverOptions(remaining: max(1, deadline - clock.elapsedSeconds))
            blockOptions.progress = nil
            // Every block at once is the whole model: GLPK's clique cuts pay there. district-guopei-s1's MIP
            // over its LP's support reached its final plan at 27.9–28.6 s without cuts, 21–23 s with every
            // family (as the exact whole-model MIP has), 21.0 s with every family but Gomory's, 12.3–13.9 s with
            // clique cuts alone. In smaller neighbourhoods cuts did not pay (district-s3 10.7 → 17.6 s in
            // session 23).
            if wholeRelaxation != nil { blockOptions.cuts = .clique }
            let roundedStart = rounded.map { found in Plan(cohorts: found.plan.cohorts.filter { cohort in parts.contains { $0.owns(cohort, in: instance) } }) }
            let encoded = (start ?? roundedStart).map { model.startingEncoding(for: $0) }
            blockOptions.startingSolution = encoded?.values
            if let startPlanObjective, start != nil, let encoded, encoded.whole {
                blockOptions.stopAtPlanGoal(options.planObjectiveGoal, model: model.mip, start: encoded.values, startPlanObjective: startPlanObjective)
            }
            let result = try solver.solve(model.mip, options: blockOptions)
            let lpSupport = restriction != nil && schedules == .all ? " (LP support)" : ""
            note("  \(name)\(Neighbourhood.label(schedules: schedules, teachers: teachers))\(objective == .seats ? " (seats)" : ""): \(model.mip.variables.count) columns\(lpSupport), \(result.termination)")
            return result
        }
        if let rounded, outcome.plan.map({ PlanMetrics(instance: instance, plan: $0).objective > rounded.objective }) ?? true {
            return .solved(rounded.plan, finished: false, nodes: outcome.nodes)
        }
        guard let plan = outcome.plan else { return .noSolution(outcome.result.termination, nodes: outcome.nodes) }
        return .solved(plan, finished: outcome.result.termination == .optimal, nodes: outcome.nodes)
    }
}

/// What a block solve minimises.
enum BlockObjective: Sendable {
    /// The SPEC objective.
    case costs
    /// Quota seats left unfilled, nothing else (`PlanningModel.seatsOnly`).
    case seats
}

/// Which candidate cohorts a block solve may open.
enum BlockSchedules: Hashable, Sendable {
    /// Every candidate of the blocks (restricted to its LP's support when the model is large).
    case all
    /// Only the schedules the starting plan already uses: a small model over every teacher, which moves
    /// teachers into and between the cohorts planned (a county's 368-seat course, 49k columns over all its
    /// schedules, ended its seat solves at their time limit with 3 seats free in a planned cohort).
    case planned
    /// The planned schedules and a slice of the others (`Decomposition.scheduleSlices`): a small model that
    /// may open cohorts on more dates.
    case plannedAnd(ScheduleSlice)

    /// The candidates offered besides the start's schedules `planned`; nil = every candidate of the blocks.
    func offered(planned: Set<CandidateKey>) -> Set<CandidateKey>? {
        switch self {
        case .all: nil
        case .planned: planned
        case .plannedAnd(let slice): planned.union(slice.candidates)
        }
    }

    /// What the block solves' log lines say.
    var label: String {
        switch self {
        case .all: ""
        case .planned: " (planned schedules)"
        case .plannedAnd(let slice): " (planned schedules and slice \(slice.index + 1) of \(slice.count))"
        }
    }
}

/// Which teachers a block solve may seat.
enum BlockTeachers: Sendable {
    /// Every teacher the blocks admit, or the likeliest of them where a programme has far more than seats
    /// (`LikelyTeachers`), and those of the starting plan.
    case likely
    /// Only the teachers the starting plan seats in the blocks (with the teachers grouped with them, who are
    /// alike in school, stage, load, eligibility and dates): their cohorts may move to other schedules and
    /// sites, and nobody else joins.
    case planned
}

/// How a block solve (`DecomposedSolve.solveBlock`) ended.
enum BlockOutcome {
    /// The fixed part plus the blocks' cohorts; `finished`: GLPK closed the gap of the model it was given (the
    /// neighbourhood, or the neighbourhood restricted to the support of its LP's optimum). Either way another
    /// solve at the same plan builds the same model, so more time gives the same answer.
    case solved(Plan, finished: Bool, nodes: Int)
    /// GLPK found no plan in time (or was stopped).
    case noSolution(TerminationReason, nodes: Int)
    /// The neighbourhood's model has more columns than the limit (known from its layout's opening and
    /// assignment columns alone when those exceed it: then the model was not built); nothing was solved.
    case tooLarge(columns: Int)

    var plan: Plan? {
        if case .solved(let plan, _, _) = self { return plan }
        return nil
    }

    /// Whether GLPK closed the gap of the model it was given (perhaps restricted to its LP's support): a block
    /// it solves so no longer needs "more dates" (`NeighbourhoodKind.scheduleSlices`).
    var finished: Bool {
        if case .solved(_, let finished, _) = self { return finished }
        return false
    }

    var nodes: Int {
        switch self {
        case .solved(_, _, let nodes), .noSolution(_, let nodes): return nodes
        case .tooLarge: return 0
        }
    }
}
