import ArgumentParser

/// The longest `--time-limit` or `--diagnosis-time` accepted (about 11 days; GLPK counts milliseconds in an int).
let longestRunSeconds = 1_000_000.0

/// Usage errors (exit 2) for a seconds option: it must be a finite number in range; `inf`, `nan` and
/// negative values are refused here rather than deep in the solver.
func validateSeconds(_ value: Double?, option: String, allowZero: Bool = false) throws {
    guard let value else { return }
    let lowest = allowZero ? "0" : "more than 0"
    guard value.isFinite, allowZero ? value >= 0 : value > 0, value <= longestRunSeconds else {
        throw ValidationError("\(option) must be a number of seconds from \(lowest) to \(Int(longestRunSeconds)), got \(value)")
    }
}
