import TrainPlanCore

/// The key figures of a plan (SPEC "Plan", `summary.json` → `kpis`), as the checker recomputes them.
public struct PlanKPIs: Sendable, Equatable {
    /// Unfilled quota seats over programmes and sub-quotas.
    public var shortfallTotal: Int
    /// Each programme's own shortfall plus its sub-quotas'; every programme has an entry.
    public var shortfallByProgram: [String: Int]
    /// Teacher-days away on teaching days, unweighted, substitute or not.
    public var teachingDaysLost: Int
    /// The 工学矛盾 term.
    public var workStudyCost: Double
    public var concentrationCost: Double
    public var travelKm: Double
    public var cohortsOpened: Int
    public var cohortCost: Double
    /// Positive; subtracted in the objective.
    public var priorityReward: Double

    public init(shortfallTotal: Int = 0, shortfallByProgram: [String: Int] = [:], teachingDaysLost: Int = 0,
                workStudyCost: Double = 0, concentrationCost: Double = 0, travelKm: Double = 0,
                cohortsOpened: Int = 0, cohortCost: Double = 0, priorityReward: Double = 0) {
        self.shortfallTotal = shortfallTotal
        self.shortfallByProgram = shortfallByProgram
        self.teachingDaysLost = teachingDaysLost
        self.workStudyCost = workStudyCost
        self.concentrationCost = concentrationCost
        self.travelKm = travelKm
        self.cohortsOpened = cohortsOpened
        self.cohortCost = cohortCost
        self.priorityReward = priorityReward
    }

    /// SPEC "Objective": the weighted sum these figures stand for.
    public func objective(weights: Weights) -> Double {
        weights.shortfall * Double(shortfallTotal) + workStudyCost + concentrationCost + weights.km * travelKm
            + cohortCost - priorityReward
    }
}
