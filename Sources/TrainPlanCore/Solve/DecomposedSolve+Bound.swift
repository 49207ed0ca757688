import MIP

/// The bound of a decomposed solve: programme by programme, with priority multipliers (see `run`).
extension DecomposedSolve {
    /// The bound pass, then subgradient rounds on the multipliers until the rounds or the time run out or
    /// they stop gaining, the integer pass (small programmes' MIPs, `integerPass`), one pass with the
    /// exclusive groups merged, and the whole model's LP when the model was kept (`wholeModel`): before the
    /// rounds when the model is small (no round beats it; once it is solved the rounds run only where a
    /// programme's MIP beats its LP part, before the exact MIP or the searches near the LP), after them
    /// when large or when it stopped at its first share, if expected to finish then, else once the rounds gain
    /// no more. Every better bound is published to `shared` as it is found. Once the LP is solved, the worker
    /// goes on with the exact whole-model MIP
    /// (`solveWholeModelForBound`), or, for a model too large for it or one whose programmes' MIPs already
    /// prove more than its LP, with the search near the LP across every programme
    /// (`searchNearRelaxationForPlans`), while the plan search goes on beside it.
    func searchBound(
        _ blocks: [SolveBlock], multipliers initial: [Int: Double], wholeModel: PlanningModel?, into shared: BoundThread
    ) throws {
        var multipliers = initial
        var models = boundModels(blocks, multipliers: multipliers)
        let columns = models.map { Double(max(1, $0.mip.variables.count)) }
        let totalColumns = columns.reduce(0, +)
        let seconds = { (index: Int) in max(min(20, 0.15 * self.budget), 0.4 * self.budget * columns[index] / totalColumns) }
        func publish(_ bound: Double) {
            let best = shared.publish(bound)
            let incumbent = shared.incumbent
            note("progress: incumbent \(incumbent.map { "\($0)" } ?? "none") bound \(best)")
            options.progress?(SolveProgress(incumbent: incumbent, bound: best, seconds: clock.elapsedSeconds, nodes: 0))
        }
        func closeEnough() -> Bool {
            guard let incumbent = shared.incumbent, let bound = shared.bound else { return false }
            return (incumbent - bound) / max(1, abs(incumbent)) <= options.relativeGap
        }

        let start = clock.elapsedSeconds
        // The exclusive groups' merged LPs come after the rounds (below): the first pass and the rounds bound
        // every programme alone, so that the rounds start early.
        let mergedParts = exclusiveParts(blocks, columns: models.map(\.mip.variables.count))
        var memory = BoundMemory(merged: [])
        // The first pass publishes as it goes, each programme not yet bounded at its least objective over its
        // columns' bounds: a programme whose LP takes long (district-tight-away-s1's 1-day teaching course,
        // 22–35 s) left the solve without any bound until then.
        let firstMultipliers = multipliers.values.reduce(0, +)
        var pass = try boundPass(blocks, models, multipliers: multipliers, seconds: seconds, memory: &memory) { partial in
            publish(partial - firstMultipliers)
        }
        models = []  // a city's programme models hold a gigabyte
        // A round takes about as long as the last round, and the first a share of the first pass
        // (`first_round_pass_share`): its LPs start from the first pass's bases.
        var passSeconds = options.tuning.firstRoundPassShare * (clock.elapsedSeconds - start)
        var best = pass.bound - multipliers.values.reduce(0, +)
        publish(best)
        // The whole model's LP keeps every rule that joins programmes, which the sum above drops (an independent
        // county: 259,061 against 254,832 after the multiplier rounds), and no round can beat it: each round's
        // programme LPs relax it. It also tells the plan search where to look (`searchNearRelaxation`). A model
        // small enough gets it before the rounds; a larger one after them, with the time left, since an LP
        // that does not finish leaves only the first pass's bound. Before the rounds it may take a share of the
        // time left (`wholeLPFirstShare`), so that the rounds still run when it does not finish (a generated
        // county's 77k-column LP did not finish in 48 s where an independent county's 66k took 14 s).
        // An LP stopped before the rounds goes on after them from the basis where it stopped.
        var wholeBasis: LPBasis?
        func wholeLP(seconds: Double) throws -> Bool {
            guard let wholeModel, remaining > 2, !stopRequested, !closeEnough() else { return false }
            let attempt = try lpSolution(wholeModel.mip, seconds: seconds, from: wholeBasis)
            wholeBasis = attempt.basis
            guard let relaxation = attempt.optimum else {
                if let partial = attempt.partialBound {
                    note("bound by the whole model's LP (\(wholeModel.mip.variables.count) columns), stopped early: \(partial)")
                    publish(partial)
                }
                return false
            }
            note("bound by the whole model's LP (\(wholeModel.mip.variables.count) columns): \(relaxation.bound)")
            shared.relaxation = WholeRelaxation(model: wholeModel, values: relaxation.values)
            publish(relaxation.bound)
            return true
        }
        /// Once the LP is solved the rounds cannot beat it: the worker's core goes to the exact MIP, or to plans
        /// near the LP (`plansFirst`: also for a model small enough for the exact MIP).
        func afterWholeLP(plansFirst: Bool = false) throws {
            if !plansFirst, let wholeModel, solvesWholeModel(columns: wholeModel.mip.variables.count) {
                try solveWholeModelForBound(wholeModel, basis: wholeBasis, shared)
            } else if let relaxation = shared.relaxation {
                searchNearRelaxationForPlans(relaxation, basis: wholeBasis, shared)
            }
        }
        // The multipliers `pass` was computed with (the rounds may end on an empty set they did not use).
        var passMultipliers = multipliers
        /// The multipliers of the last integer pass: another with the same ones proves the same.
        var integerPassMultipliers: [Int: Double]?
        var roundsDone = 0
        /// Subgradient rounds on the multipliers, then the integer pass with the last round's multipliers;
        /// returns what the integer pass proved for each programme (with `passMultipliers`) and the bound it
        /// gives (nil when it did not run). The rounds end once a few in a row gain less than `leastGain` of the
        /// bound (see `SearchTuning.multiplierSmallGainsToStop`), after `multiplier_rounds` in all (a second call goes on with smaller steps), or at `deadline`
        /// (seconds on the clock; `reachedDeadline` then says so). Without a round since the last integer pass
        /// (all ran before, or none found multipliers to change) the pass is not repeated.
        func roundsThenIntegerPass(leastGain: Double, deadline: Double = .infinity) throws
            -> (proven: [Int: Double], bound: Double?, reachedDeadline: Bool) {
            var smallGains = 0
            while roundsDone < options.tuning.multiplierRounds, remaining > passSeconds + 1, clock.elapsedSeconds < deadline,
                  !stopRequested, !closeEnough() {
                roundsDone += 1
                multipliers = priorityMultipliers(after: multipliers, training: pass.training, stepScale: 1 / Double(roundsDone))
                guard !multipliers.isEmpty else { break }
                passMultipliers = multipliers
                let roundStart = clock.elapsedSeconds
                pass = try boundPass(blocks, boundModels(blocks, multipliers: multipliers), multipliers: multipliers, seconds: seconds,
                                     memory: &memory)
                let total = pass.bound - multipliers.values.reduce(0, +)
                note("bound with priority multipliers on \(multipliers.count) teachers: \(total)")
                publish(total)
                passSeconds = clock.elapsedSeconds - roundStart
                // The steps shrink: once a few rounds in a row gain less than `leastGain`
                // (`multiplier_small_gains_to_stop`), the time left goes to the integer pass and what follows
                // it. A round may also fall below the best (the steps overshoot, or a column generation ran
                // short): such rounds count as small gains. Rounds asked to go on while they gain at all
                // (`leastGain` 0) stop after `multiplier_rounds_below_best_to_stop`.
                let gain = total - best
                best = max(best, total)
                smallGains = gain < leastGain * max(1, abs(best)) ? smallGains + 1 : 0
                if smallGains == (leastGain > 0 ? options.tuning.multiplierSmallGainsToStop
                                                 : options.tuning.multiplierRoundsBelowBestToStop) { break }
            }
            // The programmes' small MIPs, with the last round's multipliers: where the LP of a part opens
            // fractions of cohorts, branch and bound proves more than any round can.
            let reachedDeadline = clock.elapsedSeconds >= deadline
            guard remaining > 2, !stopRequested, !closeEnough(), passMultipliers != integerPassMultipliers else {
                return ([:], nil, reachedDeadline)
            }
            integerPassMultipliers = passMultipliers
            let integer = integerPass(blocks, pass: pass, multipliers: passMultipliers, columns: columns, publish: publish)
            note("bound with small programmes' MIPs: \(integer.bound)")
            return (integer.proven, integer.bound, reachedDeadline)
        }
        // The whole LP holds every programme's rows, and an LP's time per column grows with its size: it takes
        // at least about as long per column as the first pass's largest and slowest programme LPs. One not expected
        // to finish in its share goes after the rounds: district-tight-away-s1's 1-day course took 16.8 s for
        // 19k columns, its whole LP (46k) did not finish in 25 s, and with the rounds no longer crowded out
        // the gap went from 0.75 % to 0.021 %.
        let wholeColumns = wholeModel?.mip.variables.count ?? .max
        let wholeLPSeconds = pass.lpSecondsPerColumn * Double(wholeColumns)
        // After the rounds, whose time more rounds and the integer pass use well, the whole LP (started, or
        // going on from where its first share stopped) must be expected to finish by a closer estimate too: the
        // programme LPs' iterations added up, each at the whole model's size (Σ seconds per column × columns).
        // Once the soft limits of 0 left their excess columns (`addAwayCostOnAssignments`) the programme LPs
        // took under 2 s each: county-s1's whole LP (98k columns) then started after the rounds and was
        // unfinished at 59 s, district-tight-away-s1's (43k columns without those excess columns, 46k before)
        // went on after them and was unfinished at 59 s, where more rounds and the integer pass prove their
        // plans within the gap. The sum over-estimates (it counts short LPs, mostly GLPK's fixed costs, and a
        // programme's pooled and own LPs both): after the rounds that is the safe side.
        let wholeLPSecondsAfterRounds = Swift.max(wholeLPSeconds, pass.lpSecondsPerColumnSum * Double(wholeColumns))
        if wholeModel != nil {
            note("the whole LP (\(wholeColumns) columns) expected in \(wholeLPSeconds) s, after the rounds \(wholeLPSecondsAfterRounds) s")
        }
        let lpFirstShare = options.tuning.wholeLPFirstShare * remaining
        let lpFirst = wholeColumns <= options.tuning.wholeLPBeforeRoundsColumnLimit && wholeLPSeconds <= lpFirstShare
        if lpFirst, try wholeLP(seconds: lpFirstShare) {
            // No round beats the whole LP, but the programmes' MIPs may: before the exact MIP (whose tree may
            // barely rise above its root) they run once with the first pass's multipliers, and where one proves
            // more than its LP part the rounds come too, then the MIPs again. Where no programme's MIP gains
            // (district-a, every MIP at its LP part), the exact MIP starts at once: 4 s of rounds below the LP had
            // taken its proof from 10 s to 13–15 s.
            // Where the MIPs after the rounds beat the LP, the exact MIP's tree starts below the bound already
            // proven and must climb past it before it proves anything more, so the worker's core first goes to
            // plans, by the searches near the LP (`searchNearRelaxationForPlans`), which fall back on the exact
            // MIP once nothing is left near the plan. district-dense-songjiao-s1: LP 289,948, the MIPs 290,476
            // at 23 s; the exact MIP reached 290,207 in 40 s and found no plan, and 14 s more of rounds (while
            // they gained at all) proved 290,402; the plan reached its optimum (290,504) in 1 run of 6 by 60 s.
            // With the searches: optimal at 40–48 s in six runs of six, district-loose-quotas-s1 proven at
            // 20 s by the exact MIP after them (by those rounds at 16.7 s).
            var integerBeatsLP = false
            if let wholeModel, solvesWholeModel(columns: wholeModel.mip.variables.count), remaining > 2, !stopRequested,
               !closeEnough() {
                let lpBound = shared.bound ?? -.infinity
                integerPassMultipliers = passMultipliers
                let first = integerPass(blocks, pass: pass, multipliers: passMultipliers, columns: columns, publish: publish)
                note("bound with small programmes' MIPs, first pass's multipliers: \(first.bound)")
                var proven = first.bound
                if pass.integerGain(proven: first.proven) > 1e-6 * max(1, abs(lpBound)) {
                    proven = max(proven, try roundsThenIntegerPass(leastGain: options.tuning.multiplierRoundLeastGain).bound ?? -.infinity)
                }
                integerBeatsLP = proven > lpBound + 1e-6 * max(1, abs(lpBound))
            }
            try afterWholeLP(plansFirst: integerBeatsLP)
            return
        }
        let provenParts = try roundsThenIntegerPass(leastGain: options.tuning.multiplierRoundLeastGain).proven
        // With the last multipliers, the programmes of each exclusive group as one LP (`exclusiveParts`): it
        // counts their shared rule and rooms. The merged LP of county-guopei-s1's five 国培 courses (34k columns)
        // took 23 s where they took 6 s apart: in the first pass it left no time for a single round, whose
        // multipliers gain four times what the merge does (the bound 826,913 first-pass merged, 830,694 after
        // eight rounds apart).
        if !mergedParts.isEmpty, remaining > 2, !stopRequested, !closeEnough() {
            memory.merged = mergedParts
            let merged = try boundPass(blocks, boundModels(blocks, multipliers: multipliers), multipliers: multipliers,
                                       seconds: seconds, memory: &memory)
            // What the programmes' MIPs proved with the same multipliers still counts: a programme bounded alone
            // here keeps its MIP, a merged part its programmes' MIPs when they prove more than its LP.
            let integerGain = multipliers == passMultipliers ? merged.integerGain(proven: provenParts) : 0
            let total = merged.bound - multipliers.values.reduce(0, +) + integerGain
            note("bound with exclusive groups merged: \(total)")
            publish(total)
        }
        // A model too large for the LP first gets it now if it is expected well within the time left
        // (`wholeLPAfterRoundsShare`), and so does one whose LP stopped at its first share (going on from there);
        // otherwise after the rounds that gain no more.
        if wholeLPSecondsAfterRounds <= options.tuning.wholeLPAfterRoundsShare * (remaining - 1),
           try wholeLP(seconds: remaining - 1) {
            try afterWholeLP()
        } else {
            // Without the whole LP (too large, not expected to finish, or unfinished) the worker has nothing else
            // to do: the rounds go on while they gain at all, rather than leave its core idle
            // (county-tight-away-s1's worker ended its passes at 41 s of 60, with its gap open). The integer
            // pass comes after half of them too: the rounds' LPs stay below what the MIPs proved before, and
            // district-tight-away-s1's rounds, 1.6 s each, took the rest of the time and left the pass none.
            if try roundsThenIntegerPass(leastGain: 0, deadline: clock.elapsedSeconds + 0.5 * remaining).reachedDeadline {
                _ = try roundsThenIntegerPass(leastGain: 0)
            }
            // Rounds that gain no more leave the time to the whole LP after all.
            if try wholeLP(seconds: remaining - 1) { try afterWholeLP() }
        }
    }

    /// Each programme alone with its own quotas, every teacher's priority reward lowered by their multiplier.
    func boundModels(_ blocks: [SolveBlock], multipliers: [Int: Double]) -> [PlanningModel] {
        blocks.map { boundModel([$0], multipliers: multipliers) }
    }

    /// Some blocks together with their own quotas, every teacher's priority reward lowered by their multiplier.
    func boundModel(_ blocks: [SolveBlock], multipliers: [Int: Double]) -> PlanningModel {
        boundBuilder(blocks, multipliers: multipliers).build()
    }

    /// The builder of `boundModel`, to size the model by its layout before building it.
    func boundBuilder(_ blocks: [SolveBlock], multipliers: [Int: Double]) -> ModelBuilder {
        let instance = self.instance
        var builder = ModelBuilder(
            instance: instance, scope: { candidate in blocks.contains { $0.contains(candidate, in: instance) } },
            quotaRows: { row in blocks.contains { $0.ownsQuota(row, in: instance) } }
        )
        builder.priorityMultipliers = multipliers
        return builder
    }

    /// The programmes of one exclusive group (a teacher attends at most one of them: the 国培 courses), merged
    /// smallest first while a merged part has at most `exclusivePartColumnLimit` and `boundLPColumnLimit`
    /// columns (the sum of its programmes'),
    /// to be bounded as one LP in which that rule and their shared rooms count: a county's five 国培 courses
    /// gave 88,296 apart and 89,263 together, most of what its bound lacked against the whole LP.
    /// Returns the merged parts of two programmes or more, as indices into `blocks` (whole programmes).
    func exclusiveParts(_ blocks: [SolveBlock], columns: [Int]) -> [[Int]] {
        let limit = min(options.tuning.exclusivePartColumnLimit, options.tuning.boundLPColumnLimit)
        var parts: [(group: String, members: [Int], columns: Int)] = []
        for index in blocks.indices.sorted(by: { (columns[$0], $0) < (columns[$1], $1) }) {
            guard let group = instance.programmes[blocks[index].programme].exclusive else { continue }
            if let at = parts.firstIndex(where: { $0.group == group && $0.columns + columns[index] <= limit }) {
                parts[at].members.append(index)
                parts[at].columns += columns[index]
            } else {
                parts.append((group, [index], columns[index]))
            }
        }
        return parts.map { $0.members.sorted() }.filter { $0.count > 1 }
    }

    /// Σ over blocks of the LP bound of each block alone: each block keeps its own rules and quotas, and the
    /// rules that join blocks (a teacher's dates and exclusive groups across programmes, schools' away caps
    /// and shared rooms and teams, the priority reward counted once per teacher) are dropped or split so that
    /// each part is a relaxation; concentration costs split into parts whose sum is at most the whole.
    /// A programme with more than `boundLPColumnLimit` columns, or whose LP does not finish in its time, is
    /// bounded by the best of its aggregated relaxation's LP (equal to the LP on a city's 骨干 and 置换
    /// courses), its pooled-load relaxation's LP (`PooledLoadRelaxation`: the LP's value on a teaching-day
    /// course with tight away caps, where the aggregated one is 11 % below), its LP by column generation
    /// (`Model.pricedLPBound`: a city's 国培 course, 150,561 where the aggregated LP gives 132,003), and,
    /// when that does not finish, its district blocks' LPs (the
    /// programme's total quota dropped); at worst, its objective's least value over the variables' bounds.
    /// A large programme whose pooled-load LP is much smaller than its own LP is bounded by it first, and by
    /// the methods above only when it does not finish (`SearchTuning.pooledFirstColumnShare`).
    /// `memory.methods` remembers which of these gave each programme its bound: a later pass (new multipliers, same
    /// programmes) tries only that one, after the cheap aggregated relaxation (a dense 送教 programme's LP and
    /// column generation never finished and took 13 of each pass's 17 s, leaving time for one round of two).
    /// `models` are `boundModels(blocks, multipliers:)` (a city's are built once, before its first pass).
    /// Parts merged by `exclusiveParts` are tried first, each as one LP; a merged LP that does not finish is
    /// not tried again, and its programmes are bounded one by one.
    /// A programme whose LP did not finish in its share goes on from where it stopped, once (below).
    /// `partial`, when given, is told after each programme the pass's bound so far: the programmes bounded
    /// and each other one at its least objective over its columns' bounds (weak, but a bound).
    func boundPass(
        _ blocks: [SolveBlock], _ models: [PlanningModel], multipliers: [Int: Double], seconds: (Int) -> Double,
        memory: inout BoundMemory, partial: ((Double) -> Void)? = nil
    ) throws -> BoundPassResult {
        var total = 0.0
        var training: [Int: Double] = [:]
        var parts: [Int: Double] = [:]
        var mergedParts: [[Int]: Double] = [:]
        var bounded = Set<Int>()
        var leastLeft = partial == nil ? 0 : models.reduce(0) { $0 + $1.mip.leastObjectiveOverBounds }
        for part in memory.merged where !memory.unmergeable.contains(part) && !stopRequested && remaining >= 2 {
            let model = boundModel(part.map { blocks[$0] }, multipliers: multipliers)
            let name = part.map { blocks[$0].name }.joined(separator: "+")
            let attempt = try lpSolution(model.mip, seconds: part.reduce(0) { $0 + seconds($1) }, from: memory.basis(.part(part), mip: model.mip, layout: model.priorityReward))
            memory.keep(attempt, of: .part(part), layout: model.priorityReward)
            guard let solution = attempt.optimum else {
                note("bound \(name): \(model.mip.variables.count) columns, LP unfinished; its programmes one by one")
                memory.unmergeable.insert(part)
                continue
            }
            note("bound \(name): \(model.mip.variables.count) columns, \(solution.bound)")
            total += solution.bound
            mergedParts[part] = solution.bound
            for (teacher, share) in model.trainedShares(solution.values) { training[teacher, default: 0] += share }
            bounded.formUnion(part)
            leastLeft -= part.reduce(0) { $0 + models[$1].mip.leastObjectiveOverBounds }
        }
        /// The LPs of programmes bounded alone (own or pooled) with the most columns, and the one that took
        /// longest if it took a second or more (a shorter one may be mostly GLPK's fixed costs), in this pass.
        var largestLP: (columns: Int, seconds: Double)?
        var slowestLP: (columns: Int, seconds: Double)?
        var lpSecondsPerColumnSum = 0.0
        func timed(_ columns: Int, _ solve: () throws -> BoundLP) rethrows -> BoundLP {
            let started = clock.elapsedSeconds
            let attempt = try solve()
            let seconds = clock.elapsedSeconds - started
            if columns > largestLP?.columns ?? 0 { largestLP = (columns, seconds) }
            if seconds >= 1, seconds > slowestLP?.seconds ?? 0 { slowestLP = (columns, seconds) }
            lpSecondsPerColumnSum += seconds / Double(Swift.max(1, columns))
            return attempt
        }
        for (index, model) in models.enumerated() where !bounded.contains(index) {
            defer {
                leastLeft -= model.mip.leastObjectiveOverBounds
                partial?(total + leastLeft)
            }
            if stopRequested || remaining < 2 {
                total += model.mip.leastObjectiveOverBounds
                parts[index] = model.mip.leastObjectiveOverBounds
                continue
            }
            // A programme no method bounded in time (a pass starved of time) tries every method again.
            let known = memory.methods[index] == .objectiveBounds ? nil : memory.methods[index]
            let tryLP = model.mip.variables.count <= options.tuning.boundLPColumnLimit
                && (known == nil || known == .lp || known == .lpStoppedEarly || known == .pooled)
            var part = model.mip.leastObjectiveOverBounds
            var method = ProgrammeBoundMethod.objectiveBounds
            // How much of each teacher the best method with a solution trains (a stopped LP has none): the
            // multipliers' next step needs them whichever method gives the part.
            var shares: [Int: Double] = [:]
            var sharesBound = -Double.infinity
            func consider(_ bound: Double, _ by: ProgrammeBoundMethod, shares found: (() -> [Int: Double])? = nil) {
                if bound > part { (part, method) = (bound, by) }
                if let found, bound > sharesBound { (shares, sharesBound) = (found(), bound) }
            }
            /// The LP of `mip` (the programme's model, or a relaxation of it) from the last basis kept under `key`.
            /// An LP that runs out of its share goes on at once from the basis where it stopped, for as long
            /// again when that much is left, and later passes start with both shares: county-tight-quotas-s1's
            /// 送教 LP needs 8.4 s or a little more of its 9, and county-s2's went on to its optimum in 0.6 s
            /// (from the start, 18 s). Its bound when stopped is considered as `stopped`.
            func lpGoingOn(_ mip: Model, _ key: BoundMemory.BasisKey, layout: PriorityRewardLayout, share first: Double,
                           stopped: ProgrammeBoundMethod) throws -> BoundLP {
                let share = max(first, memory.lpSeconds[key] ?? 0)
                var attempt = try lpSolution(mip, seconds: share, from: memory.basis(key, mip: mip, layout: layout))
                memory.keep(attempt, of: key, layout: layout)
                if attempt.optimum == nil, attempt.basis != nil, !stopRequested, remaining - 1 >= 1.5 * share {
                    if let partial = attempt.partialBound { consider(partial, stopped) }
                    attempt = try lpSolution(mip, seconds: share, from: memory.basis(key, mip: mip, layout: layout))
                    memory.keep(attempt, of: key, layout: layout)
                    if attempt.optimum != nil { memory.lpSeconds[key] = 2 * first }
                }
                if attempt.optimum == nil, let partial = attempt.partialBound { consider(partial, stopped) }
                return attempt
            }
            /// The programme's part: `method` gave `bound`, its solution training `shares` of teachers.
            func settle(_ bound: Double, by method: ProgrammeBoundMethod, training shares: [Int: Double]) {
                memory.methods[index] = method
                total += bound
                parts[index] = bound
                for (teacher, share) in shares { training[teacher, default: 0] += share }
            }
            /// The programme's pooled-load relaxation (`PooledLoadRelaxation`) when it has at most
            /// `boundLPColumnLimit` columns and the programme was not bounded better another way; built once.
            var pooledBuilt: PooledLoadRelaxation??
            func pooledRelaxation() -> PooledLoadRelaxation? {
                if let pooledBuilt { return pooledBuilt }
                let limit = options.tuning.boundLPColumnLimit
                let built = known == .priced || known == .districts ? nil
                    : boundBuilder([blocks[index]], multipliers: multipliers).pooledLoadRelaxation(columnLimit: limit)
                pooledBuilt = .some(built.flatMap { $0.model.variables.count <= limit ? $0 : nil })
                return pooledBuilt!
            }
            // A large programme whose pooled LP has at most `pooled_first_column_share` of its columns is bounded
            // by that LP first, and by its own LP only when the pooled one does not finish. The pooled LP may be
            // below the own one: in the first pass the own LP then gets `pooled_first_check_factor` times the
            // pooled LP's seconds, and where it finishes above it, it bounds the programme from then on. A
            // teaching-day course under tight away caps (district-tight-away-s1's JY01): the same value, the
            // pooled LP in 8 s, the own one unfinished after 33 s on a busy machine; county-b's 送教 course:
            // pooled 49,817, own 50,644 in 1.4 s. Settled by the first pass (`BoundMemory.pooledFirst`).
            var pooledTried = false
            var checkingPooled = false
            if tryLP, memory.pooledFirst[index] == nil, remaining > 3,
               model.mip.variables.count >= options.tuning.pooledFirstMinimumColumns {
                let limit = options.tuning.pooledFirstColumnShare * Double(model.mip.variables.count)
                checkingPooled = pooledRelaxation().map { Double($0.model.variables.count) <= limit } ?? false
                memory.pooledFirst[index] = checkingPooled
            }
            if memory.pooledFirst[index] == true, remaining > 3, let pooled = pooledRelaxation() {
                pooledTried = true
                let pooledStarted = clock.elapsedSeconds
                let attempt = try timed(pooled.model.variables.count) {
                    try lpGoingOn(pooled.model, .pooled(index), layout: pooled.priorityReward, share: seconds(index), stopped: .pooled)
                }
                if let solution = attempt.optimum, checkingPooled, remaining > 2 {
                    let checkSeconds = min(remaining - 1, max(1, options.tuning.pooledFirstCheckFactor * (clock.elapsedSeconds - pooledStarted)))
                    let own = try timed(model.mip.variables.count) { try lpSolution(model.mip, seconds: checkSeconds) }
                    memory.keep(own, of: .part([index]), layout: model.priorityReward)
                    if let ownSolution = own.optimum, ownSolution.bound > solution.bound + 1e-6 * max(1, abs(solution.bound)) {
                        memory.pooledFirst[index] = false
                        note("bound \(blocks[index].name): \(model.mip.variables.count) columns, \(ownSolution.bound) (pooled loads \(solution.bound))")
                        settle(ownSolution.bound, by: .lp, training: model.trainedShares(ownSolution.values))
                        continue
                    }
                }
                if let solution = attempt.optimum {
                    note("bound \(blocks[index].name): pooled loads \(pooled.model.variables.count) columns, \(solution.bound)")
                    settle(solution.bound, by: .pooled, training: pooled.trainedShares(solution.values))
                    continue
                }
            }
            var lpStoppedAt: Double?
            if tryLP {
                let attempt = try timed(model.mip.variables.count) {
                    try lpGoingOn(model.mip, .part([index]), layout: model.priorityReward, share: seconds(index), stopped: .lpStoppedEarly)
                }
                if let solution = attempt.optimum {
                    note("bound \(blocks[index].name): \(model.mip.variables.count) columns, \(solution.bound)")
                    settle(solution.bound, by: .lp, training: model.trainedShares(solution.values))
                    continue
                }
                lpStoppedAt = attempt.partialBound
            }
            let started = clock.elapsedSeconds
            if let relaxation = model.aggregatedRelaxation(),
               let aggregated = try lpSolution(relaxation.model, seconds: seconds(index)).optimum {
                consider(aggregated.bound, .aggregated) {
                    var assigned = [Double](repeating: 0, count: model.groups.count)
                    for (column, group) in relaxation.groups.enumerated() { assigned[group] = aggregated.values[column] }
                    return model.trainedShares(assignedByGroup: assigned)
                }
            }
            // Teachers of a school pooled across loads: a teaching-day course's LP at a third of its columns, the
            // same value (county-tight-away-s1's JY01: 28k columns, 19.5 s; its own LP 67k, 51 s; the aggregated
            // relaxation 11 % below). For a programme whose own LP is too large or stopped early; tried again in
            // every pass, from where the last one stopped. Where it is solved and bounds best, column
            // generation and the 学区 LPs (which give at most the own LP) are not tried after it.
            var pooledBoundsBest = false
            if !pooledTried, remaining > 3, let pooled = pooledRelaxation() {
                let attempt = try timed(pooled.model.variables.count) {
                    try lpGoingOn(pooled.model, .pooled(index), layout: pooled.priorityReward,
                                  share: max(1, seconds(index) - (clock.elapsedSeconds - started)), stopped: .pooled)
                }
                if let solution = attempt.optimum {
                    consider(solution.bound, .pooled) { pooled.trainedShares(solution.values) }
                    pooledBoundsBest = method == .pooled
                }
                note("bound \(blocks[index].name): pooled loads \(pooled.model.variables.count) columns, \(attempt.optimum != nil ? "solved" : "unfinished")")
            }
            var priced: PricedBound?
            if !pooledBoundsBest, known == nil || known == .priced || known == .lp, remaining > 3 {
                var pricingOptions = options.solverOptions(remaining: max(1, min(seconds(index) - (clock.elapsedSeconds - started), remaining - 1)))
                pricingOptions.progress = nil
                priced = try model.mip.pricedLPBound(
                    startingWith: model.pricingStart(likely: LikelyTeachers(instance: instance, margin: options.tuning.likelyTeachersPerSeat).forBlock(blocks[index])),
                    solver: solver, options: pricingOptions
                )
            }
            if let priced { consider(priced.bound, .priced) { model.trainedShares(priced.values) } }
            if !pooledBoundsBest, priced?.converged != true, known == nil || known == .districts || known == .lp,
               let districts = try districtsBound(of: blocks[index].programme, multipliers: multipliers, seconds: seconds(index)) {
                consider(districts.bound, .districts) { districts.training }
            }
            let pricing = priced.map { "priced \($0.bound) (\($0.converged ? "LP optimum" : "unfinished"), \($0.rounds) rounds)" } ?? "not priced"
            note("bound \(blocks[index].name): \(model.mip.variables.count) columns, LP \(tryLP ? lpStoppedAt.map { "stopped early at \($0)" } ?? "unfinished" : "skipped"), \(pricing), best \(part) (\(method))")
            settle(part, by: method, training: shares)
        }
        return BoundPassResult(bound: total, training: training, parts: parts, mergedParts: mergedParts,
                               lpSecondsPerColumn: [largestLP, slowestLP].compactMap { $0.map { $0.seconds / Double($0.columns) } }.max() ?? 0,
                               lpSecondsPerColumnSum: lpSecondsPerColumnSum)
    }

    /// Σ over a home-district programme's 学区 blocks of each block's LP (the programme's total quota and
    /// shared team dropped), each with the same multipliers as every other part of the bound, since Σ λ is
    /// subtracted once for all of them (without them a dense 送教 county's bound was 3.9 % below its plan,
    /// with them 0.42 %), and how much of each teacher those LPs train (for the next round's step). nil for a
    /// programme without 学区 blocks.
    func districtsBound(of programme: Int, multipliers: [Int: Double], seconds: Double) throws -> (bound: Double, training: [Int: Double])? {
        let districts = districtBlocks(of: programme)
        guard !districts.isEmpty else { return nil }
        var total = 0.0
        var training: [Int: Double] = [:]
        for block in districts {
            let model = boundModel([block], multipliers: multipliers)
            let attempt = try lpSolution(model.mip, seconds: max(2, seconds / Double(districts.count)))
            guard let solution = attempt.optimum else {
                total += max(model.mip.leastObjectiveOverBounds, attempt.partialBound ?? -.infinity)
                continue
            }
            total += solution.bound
            training.merge(model.trainedShares(solution.values), uniquingKeysWith: +)
        }
        return (total, training)
    }

    /// A home-district programme's 学区 blocks (empty for any other programme): the parts that `districtsBound`
    /// and `integerPass` bound one by one.
    func districtBlocks(of programme: Int) -> [SolveBlock] {
        SolveBlock.blocks(of: instance, regionLinkKm: options.tuning.regionLinkKm)
            .filter { $0.programme == programme && $0.district != nil }
    }

    /// Multipliers for "a teacher's priority reward counts once" (0 ≤ λ_t ≤ reward_t): every block's reward
    /// for t is lowered by λ_t and Σ λ_t is subtracted once, which keeps the sum of block bounds a bound for
    /// any λ ≥ 0. Each round is a subgradient step of length `stepScale` × reward_t: a teacher the programmes'
    /// LPs train k times moves by (k − 1) × stepScale × reward_t, so a reward is no longer counted twice where
    /// another programme trains the teacher anyway. A winter course for every junior teacher made the county
    /// bound 1 % tighter. The rounds shrink the step (1, 1/2, 1/3, …): at full steps a teacher's multiplier
    /// jumps between 0 and the reward as the programmes' LPs drop and pick them again.
    func priorityMultipliers(after previous: [Int: Double], training: [Int: Double], stepScale: Double = 1) -> [Int: Double] {
        guard instance.weights.priority > 0, instance.defaults.targetHours > 0 else { return [:] }
        var multipliers: [Int: Double] = [:]
        for teacher in Set(previous.keys).union(training.keys).sorted() {
            let reward = priorityReward(of: teacher)
            let step = stepScale * reward * ((training[teacher] ?? 0) - 1)
            let value = min(reward, max(0, (previous[teacher] ?? 0) + step))
            if value > 1e-9 { multipliers[teacher] = value }
        }
        return multipliers
    }

    /// λ_t = reward_t for every teacher a programme of `quota_min = all` admits: a plan that meets that quota
    /// trains them, so their reward is earned whatever the other programmes do, and the bound counts it
    /// exactly for those the programme can train (any λ in [0, reward] keeps the bound valid). Without it the subgradient reaches them a few at a time, as the other programmes' LPs pick them
    /// (a county whose 送教 also takes the junior teachers of the all-junior winter course: programme sum
    /// 1,096k after the rounds, whole LP 1,136k, the difference being these rewards alone).
    func certainlyTrainedMultipliers() -> [Int: Double] {
        let everyone = instance.programmes.filter { if case .allEligible = $0.quotaMin { true } else { false } }
        var multipliers: [Int: Double] = [:]
        for (index, teacher) in instance.teachers.enumerated() where everyone.contains(where: { $0.admitsProfile(of: teacher) }) {
            let reward = priorityReward(of: index)
            if reward > 1e-9 { multipliers[index] = reward }
        }
        return multipliers
    }

    /// The SPEC's priority reward of training `teacher` (weight × hours deficit / target), 0 when either is 0.
    private func priorityReward(of teacher: Int) -> Double {
        let target = instance.defaults.targetHours
        guard target > 0 else { return 0 }
        return instance.weights.priority * max(0, target - instance.teachers[teacher].cycleHours) / target
    }

    /// The LP of `model` within `seconds`, started from `basis` when given (see `BoundMemory.basis`).
    func lpSolution(_ model: Model, seconds: Double, from basis: LPBasis? = nil) throws -> BoundLP {
        var lpOptions = options.solverOptions(remaining: max(1, min(seconds, remaining - 1)))
        lpOptions.progress = nil
        lpOptions.relaxation = true
        lpOptions.startingBasis = basis
        let result = try solver.solve(model, options: lpOptions)
        if result.termination == .optimal, let bound = result.bound {
            return BoundLP(optimum: (bound, result.values), basis: result.basis)
        }
        guard result.duals.count == model.constraints.count else { return BoundLP(basis: result.basis) }
        let partial = model.lagrangian(rowDuals: result.duals).bound
        return BoundLP(partialBound: partial.isFinite ? partial : nil, basis: result.basis)
    }
}

/// An LP solved for the bound (`lpSolution`).
struct BoundLP {
    /// Its optimum and optimal solution; nil when it did not finish.
    var optimum: (bound: Double, values: [Double])?
    /// When it did not finish: the bound its last basis's duals prove (`Model.lagrangian`), valid whatever
    /// that basis is. Its strength varies: an LP stopped near its end bounds nearly as well as its optimum
    /// (district-tight-away's JY01), one stopped early far less (that instance's whole LP).
    var partialBound: Double?
    /// The basis the solve ended with, to start the next solve of the same rows from.
    var basis: LPBasis?
}

/// What one bound pass found (`boundPass`), before the multipliers are subtracted.
struct BoundPassResult {
    /// The sum of the parts, merged ones included.
    var bound: Double
    /// Per teacher, how much of them the programmes' LPs train in all (1 = once): the next round's step.
    var training: [Int: Double]
    /// The part of each programme bounded alone, by block index (not those of merged parts).
    var parts: [Int: Double]
    /// The part of each merged part (`exclusiveParts`), by its programmes' block indices.
    var mergedParts: [[Int]: Double]
    /// Seconds per column of the programme LPs bounded alone (own or pooled, stopped or not): the larger of
    /// the largest LP's and the slowest one's (when it took a second or more); 0 without one.
    var lpSecondsPerColumn: Double
    /// Σ over those LPs of their seconds per column: a simplex's iterations add up over independent parts
    /// while each iteration's work grows with the whole, so × the whole model's columns it estimates the whole LP.
    var lpSecondsPerColumnSum: Double
}

/// How a programme's part of the decomposed bound was found (`boundPass`).
enum ProgrammeBoundMethod: Sendable {
    /// Its LP, solved whole.
    case lp
    /// Its LP, stopped by its time limit and bounded by its last basis (`BoundLP.partialBound`): later passes
    /// try the LP again (and the aggregated relaxation), not column generation or the district blocks.
    case lpStoppedEarly
    /// Its aggregated relaxation's LP.
    case aggregated
    /// Its LP with the teachers of a school pooled across loads (`PooledLoadRelaxation`), solved or stopped
    /// early; later passes try it again, and the programme's own LP (when small enough) unless the pooled LP
    /// comes first and finishes (`BoundMemory.pooledFirst`).
    case pooled
    /// Its LP by column generation.
    case priced
    /// The sum of its district blocks' LPs.
    case districts
    /// Its objective's least value over the variables' bounds.
    case objectiveBounds
}

/// What a bound pass learnt for the next (`boundPass`).
struct BoundMemory {
    /// Programmes bounded together (`exclusiveParts`), as indices into the programme blocks.
    var merged: [[Int]]
    /// Merged parts whose LP did not finish: their programmes are bounded one by one.
    var unmergeable: Set<[Int]> = []
    /// How each programme bounded alone got its part.
    var methods: [Int: ProgrammeBoundMethod] = [:]
    /// Per programme, whether its pooled-load LP comes before its own (`SearchTuning.pooledFirstColumnShare`),
    /// once the first pass has seen it.
    var pooledFirst: [Int: Bool] = [:]
    /// Seconds for an LP whose first share was not enough: twice that share (later passes start with them).
    var lpSeconds: [BasisKey: Double] = [:]
    /// The last basis of each part's LP (a merged part, or one programme as `[index]`) and of each programme's
    /// pooled-load relaxation, with the reward layout of the model it belongs to. A round's models differ from
    /// the last round's only in their priority reward, so each LP starts from the last one's basis
    /// (`PriorityRewardLayout.carrying`); an LP that ran out of time goes on from where it stopped.
    var bases: [BasisKey: (basis: LPBasis, layout: PriorityRewardLayout)] = [:]

    enum BasisKey: Hashable {
        /// The LP of programmes' own models (their indices among the programme blocks).
        case part([Int])
        /// A programme's `PooledLoadRelaxation`.
        case pooled(Int)
    }

    /// The basis to start the LP of `mip` (whose reward is laid out as `layout`) from, for the part `key`: the
    /// last one as it is for the same model, carried over for a model of other multipliers; nil when there is none.
    func basis(_ key: BasisKey, mip: Model, layout: PriorityRewardLayout) -> LPBasis? {
        guard let (basis, earlier) = bases[key] else { return nil }
        return earlier == layout && basis.fits(mip) ? basis : layout.carrying(basis, from: earlier, to: mip)
    }

    mutating func keep(_ attempt: BoundLP, of key: BasisKey, layout: PriorityRewardLayout) {
        if let basis = attempt.basis { bases[key] = (basis, layout) }
    }
}
