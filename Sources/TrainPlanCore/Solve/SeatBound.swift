import MIP

/// Lower bounds on the quota seats a programme leaves unfilled in every plan: the LP of the programme's seat
/// model (`PlanningModel.seatsOnly`: its own candidates, quotas and rules, every teacher, the rules that join
/// programmes dropped, so a relaxation). Seats short are a whole number in any plan, so the LP value is
/// rounded up. A shortfall is called unavoidable only up to this bound; the rest is what the search did not
/// fill in its time.
struct SeatBound {
    let instance: Instance
    let solver: any MIPSolver
    let options: PlanningOptions

    /// Seats programme `index` must leave short; nil when its LP does not finish in `seconds`.
    func unavoidable(programme index: Int, seconds: Double) throws -> Int? {
        let instance = self.instance
        let block = SolveBlock(programme: index, district: nil, name: instance.programmes[index].id)
        let model = ModelBuilder(
            instance: instance, scope: { block.contains($0, in: instance) }, quotaRows: { block.ownsQuota($0, in: instance) }
        ).build().seatsOnly()
        var lpOptions = options.solverOptions(remaining: max(1, seconds))
        lpOptions.relaxation = true
        lpOptions.progress = nil
        let result = try solver.solve(model.mip, options: lpOptions)
        guard result.termination == .optimal, let bound = result.bound else { return nil }
        // Seats are whole: round up, past the LP's own tolerances (1e-7 a row, summed over many rows).
        return max(0, Int((bound - 1e-4 * max(1, abs(bound))).rounded(.up)))
    }

    /// Proven unavoidable seats of every programme `plan` leaves short (programme id → seats), within
    /// `seconds` in all; a programme whose LP does not finish in its share is left out (nothing proven).
    func unavoidableShortfall(of plan: Plan, seconds: Double) throws -> [String: Int] {
        let short = PlanMetrics(instance: instance, plan: plan).shortfallByProgramme.filter { $0.value > 0 }
        let clock = ContinuousClock.now
        var proven: [String: Int] = [:]
        for (index, programme) in instance.programmes.enumerated() where short[programme.id] != nil {
            let left = seconds - clock.elapsedSeconds
            guard left > 0.5, !(options.shouldStop?() ?? false) else { continue }
            if let seats = try unavoidable(programme: index, seconds: left / 2) { proven[programme.id] = min(short[programme.id]!, seats) }
        }
        return proven
    }
}
