import MIP

/// Block solves of a decomposed solve: one block, or several solved together, over a fixed part.
extension DecomposedSolve {
    /// Programme pairs that compete for teachers: some teacher may join both and some date has candidates of
    /// both; most shared teachers first.
    func competingProgrammes() -> [(Int, Int)] {
        var dates: [Int: Set<PlanDate>] = [:]
        for candidate in CandidateGenerator(instance: instance).candidates() {
            dates[candidate.programme, default: []].formUnion(candidate.days)
        }
        let eligible = instance.programmes.map { programme in
            Set(instance.teachers.indices.filter { instance.meetsProfile(instance.teachers[$0], of: programme) })
        }
        var pairs: [(pair: (Int, Int), shared: Int)] = []
        for first in instance.programmes.indices {
            for second in instance.programmes.indices where second > first {
                guard let a = dates[first], let b = dates[second], !a.isDisjoint(with: b) else { continue }
                let shared = eligible[first].intersection(eligible[second]).count
                if shared > 0 { pairs.append(((first, second), shared)) }
            }
        }
        return pairs.sorted { $0.shared != $1.shared ? $0.shared > $1.shared : $0.pair < $1.pair }.map(\.pair)
    }

    /// Pairs of blocks of different programmes that compete for teachers: some teacher may join both and both
    /// have candidates on a common date; most shared teachers first. A region of a city's 骨干 weekend course
    /// and a district of its 送教 weekends must trade teachers' weekends, which neither can do alone.
    func competingBlocks(_ blocks: [SolveBlock]) -> [(SolveBlock, SolveBlock)] {
        let candidates = CandidateGenerator(instance: instance).candidates()
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let teachers = blocks.map { block in
            Set(instance.teachers.indices.filter { block.admits($0, in: instance, schools: schoolsByID) })
        }
        let dates = blocks.map { block in
            candidates.filter { block.contains($0, in: instance) }.reduce(into: Set<PlanDate>()) { $0.formUnion($1.days) }
        }
        var pairs: [(pair: (SolveBlock, SolveBlock), shared: Int)] = []
        for a in blocks.indices {
            for b in blocks.indices where b > a && blocks[b].programme != blocks[a].programme {
                guard !dates[a].isDisjoint(with: dates[b]) else { continue }
                let shared = teachers[a].intersection(teachers[b]).count
                if shared > 0 { pairs.append(((blocks[a], blocks[b]), shared)) }
            }
        }
        return pairs.enumerated().sorted { ($0.element.shared, $1.offset) > ($1.element.shared, $0.offset) }.map(\.element.pair)
    }

    /// Pairs of region blocks (`SiteRegions`) of one programme, nearest regions first. The programme's quota
    /// ties its regions together and a region re-solved alone cannot hand seats to another: on a city's 骨干
    /// course (2,146 seats for 4,292 teachers) the regions planned first took every seat, and the teachers of
    /// the last two regions, who would have travelled least, none.
    func regionPairs(_ blocks: [SolveBlock]) -> [(SolveBlock, SolveBlock)] {
        var pairs: [(pair: (SolveBlock, SolveBlock), km: Double)] = []
        for (a, first) in blocks.enumerated() where first.sites != nil {
            for second in blocks[(a + 1)...] where second.programme == first.programme && second.sites != nil {
                pairs.append(((first, second), regionDistance(first.sites!, second.sites!)))
            }
        }
        return pairs.enumerated().sorted { ($0.element.km, $0.offset) < ($1.element.km, $1.offset) }.map(\.element.pair)
    }

    /// Kilometres between the closest sites of two regions (every region site is located).
    private func regionDistance(_ first: Set<Int>, _ second: Set<Int>) -> Double {
        var least = Double.infinity
        for a in first {
            for b in second {
                let (siteA, siteB) = (instance.sites[a], instance.sites[b])
                guard let latA = siteA.latitude, let lonA = siteA.longitude, let latB = siteB.latitude, let lonB = siteB.longitude
                else { continue }
                least = min(least, DistanceTable.greatCircleKm(latA, lonA, latB, lonB))
            }
        }
        return least
    }

    /// Solves blocks together with `kept` fixed; returns `kept` plus the blocks' cohorts (or `kept` alone when
    /// the model has more than `columnLimit` columns). `held`: quota seats per programme kept for blocks
    /// planned later (`SeatShares`). `start`: the blocks' cohorts in the current plan, offered to GLPK as
    /// its first incumbent, so that a block that runs out of time still returns a plan no worse (a city's 国培
    /// block, 13,000 columns, ended every re-solve at its time limit without a plan and kept a poor one). A model with many columns is first solved as an LP,
    /// and the MIP is then restricted to the candidates the LP opens at all: GLPK finds good plans quickly on
    /// such a model, where on the whole block it often finds none in time.
    func solveBlock(
        _ parts: [SolveBlock], keeping kept: Plan, holding held: [Int: Int] = [:], from start: Plan? = nil,
        seconds: Double, columnLimit: Int? = nil
    ) throws -> (plan: Plan, nodes: Int) {
        let fixed = held.reduce(FixedPart(instance: instance, plan: kept)) { $0.holdingSeats($1.value, of: $1.key) }
        let instance = self.instance
        let deadline = clock.elapsedSeconds + seconds
        var support: Set<CandidateKey>?
        let restrictions = parts.map { LikelyTeachers(instance: instance).forBlock($0) ?? $0.teachers }
        let likely = restrictions.contains { $0 == nil } ? nil
            : restrictions.reduce(Set(start?.cohorts.flatMap(\.teachers) ?? [])) { $0.union($1!) }
        let name = parts.map(\.name).joined(separator: "+")
        let inParts = { @Sendable (candidate: CandidateCohort) in parts.contains { $0.contains(candidate, in: instance) } }
        var builder = ModelBuilder(instance: instance, fixed: fixed, scope: inParts)
        builder.teachers = likely
        builder.countsUnreachableShortfall = false
        let blockModel = builder.build()
        if let columnLimit, blockModel.mip.variables.count > columnLimit { return (kept, 0) }
        if blockModel.mip.variables.count > options.restrictToLPSupportAbove {
            var lpOptions = options.solverOptions(remaining: max(1, 0.7 * seconds))
            lpOptions.relaxation = true
            lpOptions.progress = nil
            let relaxation = try solver.solve(blockModel.mip, options: lpOptions)
            if relaxation.hasSolution {
                support = Set(blockModel.candidates.indices.filter { relaxation.values[blockModel.openings[$0].index] > 1e-6 }
                    .map { CandidateKey(blockModel.candidates[$0]) })
                    .union(start?.cohorts.map { CandidateKey(programme: $0.programme, site: $0.site, sessions: $0.sessions) } ?? [])
            }
        }
        var singletons = Set<Int>()
        while true {
            let restriction = support
            var restricted = ModelBuilder(
                instance: instance, singletons: singletons, fixed: fixed,
                scope: { inParts($0) && (restriction?.contains(CandidateKey($0)) ?? true) }
            )
            restricted.teachers = likely
            restricted.countsUnreachableShortfall = false
            let model = singletons.isEmpty && restriction == nil ? blockModel : restricted.build()
            var blockOptions = options.solverOptions(remaining: max(1, deadline - clock.elapsedSeconds))
            blockOptions.progress = nil
            blockOptions.startingSolution = start.map { model.startingValues(for: $0) }
            let result = try solver.solve(model.mip, options: blockOptions)
            note("  \(name): \(model.mip.variables.count) columns\(restriction == nil ? "" : " (LP support)"), \(result.termination)")
            guard result.hasSolution else { return (kept, result.nodes) }
            switch PlanDecoder(instance: instance, model: model, fixed: fixed).decode(result.values) {
            case .needsSingletons(let teachers): singletons.formUnion(teachers)
            case .plan(let plan): return (plan, result.nodes)
            }
        }
    }
}
