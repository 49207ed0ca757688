import MIP

extension SolverOptions {
    /// Stops a sub-MIP of a decomposed solve at an incumbent whose plan reaches `goal`
    /// (`PlanningOptions.planObjectiveGoal`). The sub-MIP's objective leaves out what its fixed part costs:
    /// the difference is read off its start, a full plan (`startPlanObjective`, SPEC) that the MIP's
    /// `start` values encode whole (`PlanningModel.startingEncoding`: a cohort left out would make the difference
    /// too small, and the MIP stop at a plan not good enough). Solved over every block, district-s3's MIP went on to its own optimum after
    /// passing a plan the worker's bound had already proved.
    mutating func stopAtPlanGoal(_ goal: (@Sendable () -> Double?)?, model: Model, start: [Double], startPlanObjective: Double) {
        guard let goal, start.count == model.variables.count else { return }
        let fixedCost = startPlanObjective - model.objectiveValue(start)
        stopsAtIncumbent = { objective in goal().map { objective + fixedCost <= $0 } ?? false }
    }
}
