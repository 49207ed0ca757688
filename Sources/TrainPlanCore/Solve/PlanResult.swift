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

    public var gap: Double { max(0, objective - bound) / max(1, abs(objective)) }
}

/// Sizes of the model before (one column per teacher) and after aggregation.
public struct ModelSize: Sendable, Codable, Equatable {
    public var teachers: Int
    public var groups: Int
    public var candidatesGenerated: Int
    public var candidatesKept: Int
    public var rows: Int
    public var columns: Int
    public var integerColumns: Int
    public var nonzeros: Int

    init(model: PlanningModel, teachers: Int) {
        self.teachers = teachers
        groups = model.groups.count
        candidatesGenerated = model.generatedCandidateCount
        candidatesKept = model.candidates.count
        rows = model.mip.constraints.count
        columns = model.mip.variables.count
        integerColumns = model.mip.integerVariableCount
        nonzeros = model.mip.nonzeroCount
    }
}
