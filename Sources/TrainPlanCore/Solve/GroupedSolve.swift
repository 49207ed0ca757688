import MIP

/// The one loop that turns a solved planning model into a plan: solve, split each group's counts into
/// individual teachers' timetables (`PlanDecoder`), and when some group's counts cannot be split, build the
/// model again with those teachers ungrouped and solve again. The whole-model path, every neighbourhood of a
/// decomposed solve and the re-planner all go through it.
struct GroupedSolve {
    let instance: Instance
    /// Cohorts kept as they are; the decoded plan adds the model's to them.
    var fixed: FixedPart = .empty
    /// The model with these teachers ungrouped.
    let build: (Set<Int>) -> PlanningModel

    struct Outcome {
        /// nil when the solver returned no solution.
        var plan: Plan?
        /// The last solve and the model it solved.
        var result: SolveResult
        var model: PlanningModel
        /// Branch-and-bound nodes over every solve.
        var nodes: Int
        /// The teachers ungrouped in `model`.
        var singletons: Set<Int>
    }

    /// `firstModel`: the model for no singletons when already built. `ungrouping`: teachers ungrouped from the
    /// first model on (a solve that found them needed before, from the same start). `solve` solves one model.
    func run(firstModel: PlanningModel? = nil, ungrouping: Set<Int> = [],
             solve: (PlanningModel) throws -> SolveResult) throws -> Outcome {
        var singletons = ungrouping
        var model = singletons.isEmpty ? firstModel ?? build(singletons) : build(singletons)
        var nodes = 0
        while true {
            let result = try solve(model)
            nodes += result.nodes
            guard result.hasSolution else { return Outcome(plan: nil, result: result, model: model, nodes: nodes, singletons: singletons) }
            switch PlanDecoder(instance: instance, model: model, fixed: fixed).decode(result.values) {
            case .plan(let plan):
                return Outcome(plan: plan, result: result, model: model, nodes: nodes, singletons: singletons)
            case .needsSingletons(let teachers):
                singletons.formUnion(teachers)
                model = build(singletons)
            }
        }
    }
}

extension SolveResult {
    /// No solve: the time was used up before the model was ready.
    static let timedOutBeforeStart = SolveResult(
        termination: .timeLimit, hasSolution: false, objective: nil, bound: nil, values: [], seconds: 0, nodes: 0,
        rawCode: 0, rawText: "no time left to start"
    )
}
