/// A solved instance: the plan, its KPIs, and how the solve went.
public struct PlanResult: Sendable {
    public var plan: Plan
    public var metrics: PlanMetrics
    public var status: PlanStatus
    public var objective: Double
    /// A valid lower bound on the SPEC optimum.
    public var bound: Double
    public var seconds: Double
    public var nodes: Int
    public var modelSize: ModelSize
    public var options: PlanningOptions
    public var solverVersion: String
    /// Per programme id the plan leaves short, the seats `SeatBound` proves no plan can fill (the rest of its
    /// shortfall is what the search did not fill in its time); nil when not computed.
    public var provenShortfall: [String: Int]? = nil

    public var gap: Double { max(0, objective - bound) / max(1, abs(objective)) }

    /// Scores the plan itself (its objective is what the SPEC says, whatever the model reported) and
    /// grades it: optimal only when the solver proved it and the gap is within the requested one.
    init(instance: Instance, plan: Plan, provenOptimal: Bool, failed: Bool, bound solverBound: Double?, seconds: Double,
         nodes: Int, modelSize: ModelSize, options: PlanningOptions, solverVersion: String) {
        let metrics = PlanMetrics(instance: instance, plan: plan)
        self.plan = plan
        self.metrics = metrics
        objective = metrics.objective
        bound = min(solverBound ?? Self.trivialBound(instance), metrics.objective)
        self.seconds = seconds
        self.nodes = nodes
        self.modelSize = modelSize
        self.options = options
        self.solverVersion = solverVersion
        status = .feasible
        if failed { status = .error } else if provenOptimal && gap <= options.relativeGap { status = .optimal }
    }

    /// No plan costs less than this: every cost term is non-negative except the priority reward,
    /// which is at most the reward for training every teacher.
    static func trivialBound(_ instance: Instance) -> Double {
        let target = instance.defaults.targetHours
        guard target > 0 else { return 0 }
        return -instance.weights.priority * instance.teachers.reduce(0.0) { $0 + max(0, target - $1.cycleHours) / target }
    }
}

/// Sizes of the model before (one column per teacher) and after aggregation.
public struct ModelSize: Sendable, Codable, Equatable {
    public var teachers: Int
    public var groups: Int
    public var candidatesGenerated: Int
    public var candidatesKept: Int
    /// Opening and assignment columns (`ModelLayout.decisionColumns`).
    public var decisionColumns: Int
    /// The whole model's rows, columns and nonzeros: nil when a decomposed solve never built it because its
    /// layout already had more columns than any whole-model use allows.
    public var rows: Int?
    public var columns: Int?
    public var integerColumns: Int?
    public var nonzeros: Int?

    enum CodingKeys: String, CodingKey {
        case teachers, groups, rows, columns, nonzeros
        case candidatesGenerated = "candidates_generated", candidatesKept = "candidates_kept"
        case decisionColumns = "decision_columns"
        case integerColumns = "integer_columns"
    }

    init(model: PlanningModel, teachers: Int) {
        self.teachers = teachers
        groups = model.groups.count
        candidatesGenerated = model.generatedCandidateCount
        candidatesKept = model.candidates.count
        decisionColumns = model.openings.count + model.assignments.count
        rows = model.mip.constraints.count
        columns = model.mip.variables.count
        integerColumns = model.mip.integerVariableCount
        nonzeros = model.mip.nonzeroCount
    }

    init(layout: ModelLayout, teachers: Int) {
        self.teachers = teachers
        groups = layout.groups.count
        candidatesGenerated = layout.generatedCandidateCount
        candidatesKept = layout.candidates.count
        decisionColumns = layout.decisionColumns
    }
}
