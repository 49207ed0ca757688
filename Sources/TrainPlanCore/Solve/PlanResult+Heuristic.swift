extension PlanResult {
    /// A plan made without a model (e.g. `GreedyPlanner`): scored by the SPEC objective, graded `feasible`,
    /// bounded only by the trivial bound, and with a model size of zero rows and columns.
    public static func heuristic(instance: Instance, plan: Plan, seconds: Double, solverName: String) -> PlanResult {
        PlanResult(
            instance: instance, plan: plan, provenOptimal: false, failed: false, bound: nil, seconds: seconds,
            nodes: 0, modelSize: ModelSize(teachersWithoutModel: instance.teachers.count), options: PlanningOptions(),
            solverVersion: solverName
        )
    }
}

extension ModelSize {
    init(teachersWithoutModel teachers: Int) {
        self.teachers = teachers
        groups = 0
        candidatesGenerated = 0
        candidatesKept = 0
        decisionColumns = 0
        rows = 0
        columns = 0
        integerColumns = 0
        nonzeros = 0
    }
}
