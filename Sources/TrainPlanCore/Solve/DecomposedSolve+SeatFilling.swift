/// Stage 4 of a decomposed solve: fill every quota seat that can be filled before costs are optimised.
/// Blocks planned one after another see only what earlier blocks left: on an independent county, the 学区
/// of a 送教 programme planned first used the trainer team's weekends, and three 学区 with sub-quotas got no
/// cohort (36 seats short, where a plan filling all of them exists). A plan leaves a seat short only when
/// the search cannot fill it; it is called unavoidable only up to what `SeatBound` proves.
extension DecomposedSolve {
    /// Re-solves each programme still short, most seats short first, with "seats short" as the whole
    /// objective: first its planned cohorts with every teacher (small and quick), then, where `SeatBound` does
    /// not prove the rest unavoidable, its planned cohorts and one slice of its other schedules at a time, then
    /// all its schedules, alone, with each programme competing with it for
    /// teachers' dates, rooms or teams, and with all of those at once. Each gain is followed by cost re-solves
    /// of the same blocks from the new plan, whose plans are kept only with no more seats short (`fill`).
    /// Returns, per programme id whose seat LP finished, the seats proven unavoidable (a programme whose LP
    /// did not finish in time is absent: nothing is claimed of it either way).
    func fillSeats(_ incumbent: inout Incumbent, _ decomposition: Decomposition, bound: BoundThread) -> [String: Int] {
        guard incumbent.seatsShort > 0 else { return [:] }
        let stageEnd = time.elapsed + time.share(ofRemaining: options.tuning.seatFillingShare)
        let short = instance.programmes.indices.filter { incumbent.seatsShort(programme: $0) > 0 }
            .sorted { (incumbent.seatsShort(programme: $0), $1) > (incumbent.seatsShort(programme: $1), $0) }
        for programme in short {
            let parts = decomposition.blocks(of: programme).map { decomposition.blocks[$0] }
            fill(programme, parts, .planned, in: &incumbent, until: stageEnd, bound: bound)
        }

        let seatBound = SeatBound(instance: instance, solver: solver, options: options)
        var proven: [Int: Int] = [:]
        var finished = Set<Int>()
        for programme in short where incumbent.seatsShort(programme: programme) > 0 && !stopRequested && time.remaining > 2 {
            let seconds = min(time.remaining - 1, max(5, min(30, 0.5 * (stageEnd - time.elapsed))))
            // A bound that fails or does not finish proves nothing either way.
            if let seats = try? seatBound.unavoidable(programme: programme, seconds: seconds) {
                proven[programme] = seats
                finished.insert(programme)
            }
            note("seat filling \(instance.programmes[programme].id): \(incumbent.seatsShort(programme: programme)) short, \(proven[programme].map(String.init) ?? "none") proven unavoidable")
        }
        for programme in short {
            let competitors = decomposition.programmes(competingWith: programme)
            let own = decomposition.blocks(of: programme)
            // Filling goes on where nothing is proven: as if none of the seats were unavoidable.
            // More dates first: a cohort whose dates every school's away cap has spent takes no one more,
            // however long its schedules are searched (county-tight-away-s1's teaching course, 3 short in a
            // 15-teacher cohort beside two full ones on its dates; its seats model over every schedule did not
            // finish in the stage). Its full cohorts kept, the rest may move to a slice of other schedules: a
            // small model each.
            for slice in own.flatMap({ decomposition.scheduleSlices[$0] })
            where incumbent.seatsShort(programme: programme) > proven[programme] ?? 0 {
                fill(programme, own.map { decomposition.blocks[$0] }, .plannedAnd(slice), keepingFull: true,
                     in: &incumbent, until: stageEnd, bound: bound)
            }
            let neighbourhoods = [own] + competitors.map { own + decomposition.blocks(of: $0) }
                + (competitors.count > 1 ? [competitors.reduce(own) { $0 + decomposition.blocks(of: $1) }] : [])
            for blocks in neighbourhoods where incumbent.seatsShort(programme: programme) > proven[programme] ?? 0 {
                fill(programme, blocks.map { decomposition.blocks[$0] }, .all, in: &incumbent, until: stageEnd, bound: bound)
            }
        }
        return Dictionary(uniqueKeysWithValues: finished.map { (instance.programmes[$0].id, proven[$0]!) })
    }

    /// One seat-filling solve of `parts` for `programme`'s seats, then cost re-solves of the same blocks
    /// (a re-solved plan is kept only with no more seats short); the incumbent takes the result when its
    /// objective is lower (it is, whenever the filled seats outweigh the costs added). `keepingFull`: the
    /// programme's cohorts at their largest size stay as planned (they can take no one more).
    private func fill(
        _ programme: Int, _ parts: [SolveBlock], _ schedules: BlockSchedules, keepingFull: Bool = false,
        in incumbent: inout Incumbent, until stageEnd: Double, bound: BoundThread
    ) {
        let left = stageEnd - time.elapsed
        guard incumbent.seatsShort(programme: programme) > 0, left > 2, !stopRequested else { return }
        // Chosen schedules make a small model: a fifth of what is left for the planned ones, so that every
        // programme gets its turn, a tenth for each slice; every schedule half of what is left.
        let seconds = switch schedules {
        case .planned: min(left, max(5, 0.2 * left))
        case .plannedAnd: min(left, max(2, 0.1 * left))
        case .all: min(left, max(5, 0.5 * left))
        }
        let largest = instance.programmes[programme].cohortMax ?? .max
        let full = { (cohort: Cohort) in keepingFull && cohort.programme == programme && cohort.teachers.count >= largest }
        guard let filled = resolve(parts, in: incumbent.plan, keeping: full, seconds: seconds, columnLimit: options.tuning.pairColumnLimit,
                                   objective: .seats, schedules: schedules).plan,
              PlanMetrics(instance: instance, plan: filled).shortfallTotal < incumbent.seatsShort
        else { return }
        // The seats-only plan ignores costs: the same blocks are re-solved for cost from it before it is
        // judged, so that a seat is not refused for the kilometres a careless plan added.
        let costSeconds = { min(time.remaining - 1, max(2, min(5, 0.1 * time.remaining))) }
        /// The better of the plan so far and a re-solve's: fewer seats short first (a re-solve could trade a
        /// seat for costs when the shortfall weight is low), then the SPEC objective.
        func better(_ best: Plan, _ candidate: Plan?) -> Plan {
            guard let candidate else { return best }
            let (old, new) = (PlanMetrics(instance: instance, plan: best), PlanMetrics(instance: instance, plan: candidate))
            return (new.shortfallTotal, new.objective) < (old.shortfallTotal, old.objective) ? candidate : best
        }
        var best = filled
        if case .plannedAnd = schedules {
            // After a slice, "who" over the planned schedules (now with the slice's new ones), then "when": the
            // planned teachers over every schedule. Every schedule and every teacher of a county's 368-seat
            // course took the whole 5 s and 2 s more to build, for nothing; "who" alone left its cohorts on
            // the dates the seats model chose, 32,000 above where "when" took them in the improvement stage,
            // which reached it 13 s later (county-tight-away-s1: 910,941 then 878,832). "When" is a larger
            // model: like any neighbourhood but a finished block it needs `neighbourhood_minimum_seconds`.
            let who = (schedules: BlockSchedules.planned, teachers: BlockTeachers.likely, leastLeft: 2.0)
            let when = (schedules: BlockSchedules.all, teachers: BlockTeachers.planned, leastLeft: options.tuning.neighbourhoodMinimumSeconds + 1)
            for move in [who, when] where time.remaining >= move.leastLeft && costSeconds() > 1 {
                best = better(best, resolve(parts, in: best, seconds: costSeconds(), columnLimit: options.tuning.pairColumnLimit,
                                            schedules: move.schedules, teachers: move.teachers).plan)
            }
        } else if costSeconds() > 1 {
            best = better(best, resolve(parts, in: filled, seconds: costSeconds(), columnLimit: options.tuning.pairColumnLimit).plan)
        }
        guard incumbent.offer(best) else { return }
        note("seats filled by \(parts.map(\.name).joined(separator: "+"))\(schedules.label): \(incumbent.seatsShort) short, objective \(incumbent.objective)")
        report(incumbent, bound: bound)
    }

    /// Solves `parts` again with every other block's cohorts fixed, and those `kept` says, starting from
    /// their other cohorts in `plan`.
    func resolve(
        _ parts: [SolveBlock], in plan: Plan, keeping kept: (Cohort) -> Bool = { _ in false }, seconds: Double, columnLimit: Int?,
        objective: BlockObjective = .costs, schedules: BlockSchedules = .all, teachers: BlockTeachers = .likely,
        relaxation: WholeRelaxation? = nil
    ) -> BlockOutcome {
        let owned = plan.cohorts.map { cohort in !kept(cohort) && parts.contains { $0.owns(cohort, in: instance) } }
        let (free, fixed) = zip(plan.cohorts, owned).reduce(into: ([Cohort](), [Cohort]())) { split, pair in
            if pair.1 { split.0.append(pair.0) } else { split.1.append(pair.0) }
        }
        return solveBlock(
            parts, keeping: Plan(cohorts: fixed), from: Plan(cohorts: free),
            seconds: seconds, columnLimit: columnLimit, objective: objective, schedules: schedules, teachers: teachers,
            relaxation: relaxation
        )
    }
}
