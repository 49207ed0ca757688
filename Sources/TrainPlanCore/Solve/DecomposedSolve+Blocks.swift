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

    /// Solves blocks together with `kept` fixed; returns `kept` plus the blocks' cohorts (or `kept` alone when
    /// the model has more than `columnLimit` columns). A model with many columns is first solved as an LP,
    /// and the MIP is then restricted to the candidates the LP opens at all: GLPK finds good plans quickly on
    /// such a model, where on the whole block it often finds none in time.
    func solveBlock(
        _ parts: [SolveBlock], keeping kept: Plan, seconds: Double, columnLimit: Int? = nil
    ) throws -> (plan: Plan, nodes: Int) {
        let fixed = FixedPart(instance: instance, plan: kept)
        let instance = self.instance
        let deadline = clock.elapsedSeconds + seconds
        var support: Set<CandidateKey>?
        let restrictions = parts.map { LikelyTeachers(instance: instance).forBlock($0) ?? $0.teachers }
        let likely = restrictions.contains { $0 == nil } ? nil : restrictions.reduce(Set<Int>()) { $0.union($1!) }
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
