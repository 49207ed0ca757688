import MIP

/// The LP relaxation's price of one more seat of a programme's quota: the duals of its quota rows
/// ("quota_<P>_min" and "quota_<P>_max", see BuildContext+Quotas) summed, since raising the level raises
/// both sides. A dual is d(objective)/d(right-hand side), so the sum is the LP's marginal cost per seat.
public enum QuotaDualEstimate {
    /// nil when the LP is not solved to optimality or the programme has no quota row at this level.
    public static func marginalCost(instance: Instance, programme: String, timeLimit: Double?, solver: any MIPSolver) throws -> Double? {
        let model = ModelBuilder(instance: instance).build().mip
        let names: Set<String> = ["quota_\(programme)_min", "quota_\(programme)_max"]
        let rows = model.constraints.indices.filter { names.contains(model.constraints[$0].name) }
        guard !rows.isEmpty else { return nil }
        var options = SolverOptions()
        options.relaxation = true
        options.timeLimit = timeLimit
        let result = try solver.solve(model, options: options)
        guard result.termination == .optimal, result.duals.count == model.constraints.count else { return nil }
        return rows.reduce(0) { $0 + result.duals[$1] }
    }
}
