import Foundation

/// Stage 5 of a decomposed solve: local search over neighbourhoods until the time limit or the gap.
extension DecomposedSolve {
    /// Walks the schedule (`NeighbourhoodKind`) in passes. A neighbourhood is solved again when the plan
    /// changed since its last solve, or when that solve ran out of time and it now gets more. A pass that
    /// finds nothing to do doubles the time each neighbourhood gets and the columns it may have, so the search
    /// goes on with larger moves while time is left (a plan stopped at a local optimum of single blocks
    /// wastes the rest of the user's time limit).
    /// `relaxationExpected`: the bound worker is solving the whole LP (`searchNearRelaxation` then waits for it).
    /// `wholeModelColumns`: the whole model's size when known (`solvesWholeModel`).
    /// `unfinishedBlocks`: the blocks whose construction solve GLPK did not finish (`Construction.unfinishedBlocks`).
    /// Only they get "more dates" neighbourhoods (`scheduleSlices`), until GLPK finishes a single-block solve
    /// of theirs (`BlockOutcome.finished`, perhaps over its LP's support), and those of one pass take at most
    /// `schedule_slices_share` of the time left; the next pass goes on where they stopped. In session 14,
    /// before the site cohort counts let GLPK finish most 送教 学区 blocks, walking them for every unfinished
    /// block took the time of neighbourhoods that gained more (a dense 送教 county: 63 slices of 13k columns,
    /// 0.22 % → 0.49 %); with the counts that county gives 0.196 %.
    func improve(_ incumbent: inout Incumbent, _ decomposition: Decomposition, bound: BoundThread, relaxationExpected: Bool,
                 wholeModelColumns: Int?, unfinishedBlocks: Set<Int>, wholeModel: PlanningModel? = nil) {
        var unfinishedBlocks = unfinishedBlocks
        /// Each neighbourhood's last solve: at which plan version, whether GLPK finished it (solved again at
        /// that plan it gives the same answer), and with how many seconds.
        var lastSolve: [Neighbourhood.Key: (version: Int, finished: Bool, seconds: Double)] = [:]
        var tooLarge: [Neighbourhood.Key: Int] = [:]
        var scale = 1
        var triedWholeModel = false
        /// The plan versions the last searches near the whole LP started from, by programme and whole.
        var searchedByProgramme: Int?
        var searchedWhole: Int?
        /// The last search near the LP across every programme: its seconds and what it did.
        var lastWholeSearch: (seconds: Double, outcome: RelaxationSearchOutcome)?
        /// The plan version at which each programme's search near the LP last finished: nothing to gain there
        /// until another programme changes (on county-b a pass that only confirmed this took the 4 s in which
        /// the search across every programme would have run).
        var optimalByProgramme: [Int: Int] = [:]
        func searching() -> Bool { time.remaining > 2 && !stopRequested && !closeEnough(incumbent, bound) }
        /// The plan version last reseated (`reseat`), and the columns the last plan sized would leave free.
        var reseatedVersion: Int?
        var reseatingSize: (version: Int, columns: Int)?
        /// Reseats a new plan in the whole model, when it is kept, for `programme_move_seconds`: each new plan
        /// whose reseating leaves at most `reseat_column_limit` columns free, a larger one only when a pass of
        /// the neighbourhoods has not improved it (`stalled`), and like any large neighbourhood only with
        /// `neighbourhood_minimum_seconds` + 1 s left. A county's reseating (27k of 130k columns free) ends at
        /// its time limit: run for each of county-guopei-s1's new plans, it took 5 s of each and left a seat
        /// short that the neighbourhoods fill at 51 s (gap 0.13 % → 12.9 %).
        func reseatIfNew(stalled: Bool = false) {
            guard let wholeModel, reseatedVersion != incumbent.version, searching() else { return }
            if reseatingSize?.version != incumbent.version {
                reseatingSize = (incumbent.version, wholeModel.reseatingColumns(incumbent.plan))
            }
            let small = reseatingSize!.columns <= options.tuning.reseatColumnLimit
            guard small || (stalled && time.remaining > options.tuning.neighbourhoodMinimumSeconds + 1) else { return }
            reseatedVersion = incumbent.version
            reseat(&incumbent, wholeModel, seconds: min(time.remaining - 1, options.tuning.programmeMoveSeconds), bound: bound)
            reseatedVersion = incumbent.version
        }
        /// The exact whole-model MIP (`solveWholeModel`), once, unless the bound worker has it: it takes the rest
        /// of the time.
        func solveWholeModelOnce() {
            guard !triedWholeModel else { return }
            triedWholeModel = true
            guard solvesWholeModel(columns: wholeModelColumns), bound.claimWholeModel() else { return }
            do {
                guard let solved = try solveWholeModel(from: incumbent.plan, bound: bound) else { return }
                incumbent.nodes += solved.nodes
                if let plan = solved.plan, incumbent.offer(plan) { note("improved whole model: objective \(incumbent.objective)") }
                report(incumbent, bound: bound)
            } catch {
                note("  whole model: the solver failed (\(error)); the plan so far is kept")
            }
        }
        /// The neighbourhoods the whole LP points to, once the bound worker has it, around every new plan: first
        /// one programme at a time (the others as planned), which GLPK finishes in a second or two, until none
        /// gains; then every programme at once, which takes seconds and often ends at its time limit. On an
        /// independent county (county-b) the search across every programme alone ended at 259,728–262,677 at
        /// 60 s, its sub-MIP (9k free columns) at its time limit each time; by programme first, 259,640–260,508.
        func searchNearRelaxationIfNew() {
            /// See `SearchTuning.neighbourhoodMinimumSeconds` and `relaxationSearchSecondsLeft`.
            func timeForANeighbourhood() -> Bool { searching() && time.remaining > options.tuning.neighbourhoodMinimumSeconds + 1 }
            func timeForASearch() -> Bool { searching() && time.remaining > options.tuning.relaxationSearchSecondsLeft + 1 }
            while timeForASearch(), let relaxation = bound.relaxation {
                adoptPlanFound(by: bound, into: &incumbent)
                let version = incumbent.version
                if searchedByProgramme != version {
                    searchedByProgramme = version
                    for programme in programmesDisagreeing(with: relaxation, plan: incumbent.plan)
                    where timeForASearch() && optimalByProgramme[programme] != incumbent.version {
                        adoptPlanFound(by: bound, into: &incumbent)
                        let seconds = min(time.remaining - 1, max(options.tuning.relaxationSearchProgrammeMinimumSeconds,
                                                                  options.tuning.relaxationSearchProgrammeShare * (time.remaining - 1)))
                        if searchNearRelaxation(&incumbent, relaxation, programmes: [programme], seconds: seconds, bound: bound).finished {
                            optimalByProgramme[programme] = incumbent.version
                        }
                    }
                    if incumbent.version != version { continue }
                }
                // Every block at once, the first time the LP is there (unless it ran before): it starts from the
                // LP's support at no cost, and comes before the search across every programme, whose model it
                // contains. At the end of the pass it began at 9.8 s on district-guopei-s1, after 4 s of smaller
                // neighbourhoods and of that search that gained nothing (its plan at 27 s; 21–22 s now).
                if timeForANeighbourhood(),
                   let everything = NeighbourhoodKind.everything.neighbourhoods(decomposition, tuning: options.tuning, scale: scale).first,
                   lastSolve[everything.key] == nil, tooLarge[everything.key] == nil, solve(everything, .everything),
                   incumbent.version != version {
                    continue
                }
                // The bound worker may be running this search on its own core (`searchNearRelaxationForPlans`).
                guard searchedWhole != version, !bound.searchesNearRelaxation, timeForASearch() else { break }
                searchedWhole = version
                let seconds = relaxationSearchSeconds(after: lastWholeSearch)
                lastWholeSearch = (seconds, searchNearRelaxation(&incumbent, relaxation, seconds: seconds, bound: bound))
            }
        }
        /// Solves one neighbourhood around the plan unless that is known to gain nothing (solved at this plan,
        /// too large, too little time); returns whether it was solved.
        func solve(_ neighbourhood: Neighbourhood, _ kind: NeighbourhoodKind) -> Bool {
            let name = neighbourhood.name
            let key = neighbourhood.key
            // See `SearchTuning.neighbourhoodMinimumSeconds`. A single block is exempt unless GLPK has not
            // finished it yet (or never reached it): such a block is large, and its LP and MIP each take at least a second
            // (county-tight-away-s1's 25,800-column teaching course, started with 2 s left, ended 2 s
            // past the limit).
            let needsMinimum = kind != .singleBlocks || !unfinishedBlocks.isDisjoint(with: neighbourhood.blocks)
            if needsMinimum, time.remaining < options.tuning.neighbourhoodMinimumSeconds + 1 { return false }
            if let columns = tooLarge[key], columns > neighbourhood.columnLimit ?? .max { return false }
            // "When" and "who" start from the blocks' planned cohorts: without any there is nothing to move.
            if neighbourhood.schedules == .planned || neighbourhood.teachers == .planned,
               !incumbent.plan.cohorts.contains(where: { cohort in neighbourhood.parts.contains { $0.owns(cohort, in: instance) } }) {
                return false
            }
            let seconds = secondsFor(neighbourhood, kind, decomposition, scale: scale)
            if let last = lastSolve[key], last.version == incumbent.version, last.finished || seconds < 1.5 * last.seconds {
                return false
            }
            let relaxationPending = relaxationExpected && bound.relaxation == nil
            let outcome = untilRelaxationArrives(expected: relaxationExpected, bound).resolve(
                neighbourhood.parts, in: incumbent.plan, seconds: seconds, columnLimit: neighbourhood.columnLimit,
                schedules: neighbourhood.schedules, teachers: neighbourhood.teachers,
                relaxation: kind == .everything ? bound.relaxation : nil
            )
            incumbent.nodes += outcome.nodes
            if kind == .singleBlocks, outcome.finished { unfinishedBlocks.remove(neighbourhood.blocks[0]) }
            // Stopped for the LP, it did not have its seconds: it may be solved again at this plan.
            let stoppedForTheLP = relaxationPending && bound.relaxation != nil
            if stoppedForTheLP { note("  \(name): stopped, the whole LP is solved") }
            switch outcome {
            case .tooLarge(let columns):
                tooLarge[key] = columns
            case .noSolution:
                if !stoppedForTheLP { lastSolve[key] = (incumbent.version, false, seconds) }
            case .solved(let plan, let finished, _):
                if incumbent.offer(plan) {
                    note("improved \(name): objective \(incumbent.objective)")
                    report(incumbent, bound: bound)
                }
                // Finished over its LP's support (not proven best for the whole neighbourhood), it is not
                // solved again at this plan either: the support is the same (district-guopei-s1 re-solved
                // such neighbourhoods at each larger scale, 7 s before its every-block neighbourhood).
                if finished || !stoppedForTheLP { lastSolve[key] = (incumbent.version, finished, seconds) }
            }
            return true
        }
        /// Where the next pass's "more dates" neighbourhoods start: where the last pass's stopped.
        var sliceCursor = 0
        while searching() {
            var solved = 0
            let passVersion = incumbent.version
            for kind in NeighbourhoodKind.allCases where searching() {
                var neighbourhoods = kind.neighbourhoods(decomposition, tuning: options.tuning, scale: scale)
                var slicesEnd = Double.infinity
                if kind == .scheduleSlices {
                    neighbourhoods = neighbourhoods.filter { !unfinishedBlocks.isDisjoint(with: $0.blocks) }
                    let start = neighbourhoods.isEmpty ? 0 : sliceCursor % neighbourhoods.count
                    neighbourhoods = Array(neighbourhoods[start...] + neighbourhoods[..<start])
                    sliceCursor = start
                    slicesEnd = clock.elapsedSeconds + options.tuning.scheduleSlicesShare * time.remaining
                }
                for (position, neighbourhood) in neighbourhoods.enumerated() where searching() {
                    if clock.elapsedSeconds >= slicesEnd {
                        sliceCursor += position
                        break
                    }
                    adoptPlanFound(by: bound, into: &incumbent)
                    reseatIfNew()
                    searchNearRelaxationIfNew()
                    guard searching() else { break }
                    if solve(neighbourhood, kind) { solved += 1 }
                }
            }
            if incumbent.version == passVersion {
                reseatIfNew(stalled: true)
                // A reseating that gains gives the neighbourhoods a new plan: not the end of the search.
                if incumbent.version != passVersion { continue }
            }
            if solved == 0, !triedWholeModel {
                solveWholeModelOnce()
                continue
            }
            if solved == 0, relaxationExpected, bound.relaxation == nil, bound.isRunning {
                // Every neighbourhood is done: the whole LP the bound worker is still solving may point further.
                while bound.relaxation == nil, bound.isRunning, searching() { Thread.sleep(forTimeInterval: 0.2) }
                searchNearRelaxationIfNew()
            }
            if solved == 0 {
                // Every neighbourhood is at its optimum around this plan, or too large: larger ones, more time.
                guard scale < 64, tooLarge.values.contains(where: { $0 > options.tuning.pairColumnLimit * scale }) || scale < 8
                else { break }
                scale *= 2
                note("no neighbourhood left to solve: scale \(scale)")
            }
        }
    }

    /// This solve, stopping its MIPs when the bound worker publishes the whole LP while it is still expected:
    /// the search near the LP gains more than the neighbourhood under way (on county-b a pair solve that
    /// started just before the LP arrived held the search back 5 s of its 35). A stopped MIP keeps its plan.
    /// The stop is seen where GLPK's branch-and-cut calls back, not inside an LP (a block's LP-support LP and
    /// the MIP's root LP run to their end first).
    func untilRelaxationArrives(expected: Bool, _ bound: BoundThread) -> DecomposedSolve {
        guard expected, bound.relaxation == nil else { return self }
        return DecomposedSolve(instance: instance, solver: solver, options: options.stopping { bound.relaxation != nil }, clock: clock)
    }

    /// This solve, stopping its MIPs once `bound` proves the plan published to it within the requested gap:
    /// the neighbourhood under way then ends at GLPK's next callback rather than at its end (district-a's
    /// exact whole-model MIP proved its plan at 8.6 s, and the every-block neighbourhood went on to 9.8 s).
    /// As above, an LP under way runs to its end first.
    /// Each MIP also stops at a new incumbent whose plan the bound already proves (`planObjectiveGoal`):
    /// the sub-MIP's own bound, over its neighbourhood, often trails the worker's.
    func untilProven(by bound: BoundThread) -> DecomposedSolve {
        let gap = options.relativeGap
        var proving = options.stopping { bound.gapClosed(within: gap) }
        proving.planObjectiveGoal = { bound.objectiveClosingGap(within: gap) }
        return DecomposedSolve(instance: instance, solver: solver, options: proving, clock: clock)
    }

    /// A single block gets its share of the time left by size; a programme's "when", "who" or "more dates"
    /// `programme_move_seconds`; larger neighbourhoods `large_neighbourhood_share` of the time left, every
    /// block at once `everything_share` (at least 5 s each); all grow with `scale`.
    private func secondsFor(_ neighbourhood: Neighbourhood, _ kind: NeighbourhoodKind, _ decomposition: Decomposition, scale: Int) -> Double {
        let left = time.remaining - 1
        let base: Double
        switch kind {
        case .singleBlocks:
            base = decomposition.share(neighbourhood.blocks[0], of: left)
        case .programmeDates, .programmeTeachers, .scheduleSlices:
            base = options.tuning.programmeMoveSeconds
        case .everything:
            base = max(5, options.tuning.everythingShare * left)
        case .regionPairs, .competingBlocks, .wholeProgrammes, .competingProgrammes:
            base = max(5, options.tuning.largeNeighbourhoodShare * left)
        }
        return max(1, min(left, base * Double(scale)))
    }
}
