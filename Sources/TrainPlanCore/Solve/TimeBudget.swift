/// The seconds a solve may use, from its start, and the shares its stages get. A stage asks for a share of
/// what is left and never gets more than is left, so the user's limit holds whatever each stage does.
struct TimeBudget: Sendable {
    let total: Double
    let clock: ContinuousClock.Instant

    var elapsed: Double { clock.elapsedSeconds }
    var remaining: Double { max(0, total - elapsed) }

    /// `fraction` of the whole budget, at most what is left less `reserve`.
    func share(ofTotal fraction: Double, reserve: Double = 1) -> Double {
        max(0, min(fraction * total, remaining - reserve))
    }

    /// `fraction` of what is left, at least `least` seconds while that many are left, less `reserve`.
    func share(ofRemaining fraction: Double, least: Double = 0, reserve: Double = 1) -> Double {
        let left = remaining - reserve
        return max(0, min(left, max(least, fraction * left)))
    }
}
