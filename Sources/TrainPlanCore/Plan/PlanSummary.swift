/// summary.json of a plan folder (SPEC "Plan"); keys as the SPEC names them.
public struct PlanSummary: Codable, Sendable {
    public var status: String
    public var objective: Double
    public var bound: Double
    public var gap: Double
    public var seconds: Double
    public var kpis: KPIs
    public var inputHash: String
    public var glpkVersion: String
    public var options: [String: String]
    public var model: ModelSize?
    /// Per programme left short, the seats the bound proves no plan can fill (absent when nothing is short).
    public var shortfallProven: [String: Int]?

    public struct KPIs: Codable, Sendable {
        public var shortfallTotal: Int
        public var shortfallByProgram: [String: Int]
        public var teachingDaysLost: Int
        public var workStudyCost: Double
        public var concentrationCost: Double
        public var travelKm: Double
        public var cohortsOpened: Int
        public var cohortCost: Double
        public var priorityReward: Double

        enum CodingKeys: String, CodingKey {
            case shortfallTotal = "shortfall_total", shortfallByProgram = "shortfall_by_program"
            case teachingDaysLost = "teaching_days_lost", workStudyCost = "work_study_cost"
            case concentrationCost = "concentration_cost", travelKm = "travel_km", cohortsOpened = "cohorts_opened"
            case cohortCost = "cohort_cost", priorityReward = "priority_reward"
        }
    }

    enum CodingKeys: String, CodingKey {
        case status, objective, bound, gap, seconds, kpis, options, model
        case inputHash = "input_hash", glpkVersion = "glpk_version", shortfallProven = "shortfall_proven"
    }

    public init(result: PlanResult, inputHash: String) {
        let metrics = result.metrics
        status = result.status.rawValue
        objective = metrics.objective
        bound = result.bound
        gap = result.gap
        seconds = result.seconds
        kpis = KPIs(
            shortfallTotal: metrics.shortfallTotal, shortfallByProgram: metrics.shortfallByProgramme,
            teachingDaysLost: metrics.teachingDaysLost, workStudyCost: metrics.workStudyCost,
            concentrationCost: metrics.concentrationCost, travelKm: metrics.travelKm,
            cohortsOpened: metrics.cohortsOpened, cohortCost: metrics.cohortCost, priorityReward: metrics.priorityReward
        )
        self.inputHash = inputHash
        glpkVersion = result.solverVersion
        options = result.options.stamp
        model = result.modelSize
        shortfallProven = metrics.shortfallTotal > 0 ? result.provenShortfall ?? [:] : nil
    }
}
