import ArgumentParser
import TrainPlanCore

/// The longest `--time-limit` or `--diagnosis-time` accepted (about 11 days; GLPK counts milliseconds in an int).
let longestRunSeconds = 1_000_000.0

/// Usage errors (exit 2) for a seconds option: it must be a finite number in range; `inf`, `nan` and
/// negative values are refused here rather than deep in the solver.
func validateSeconds(_ value: Double?, option: String, allowZero: Bool = false, language: Language) throws {
    guard let value else { return }
    guard value.isFinite, allowZero ? value >= 0 : value > 0, value <= longestRunSeconds else {
        throw usageError(language,
                         "\(option) 须为\(allowZero ? "" : "大于 ")0 至 \(Int(longestRunSeconds)) 之间的秒数，实际为 \(value)",
                         "\(option) must be a number of seconds from \(allowZero ? "0" : "more than 0") to \(Int(longestRunSeconds)), got \(value)")
    }
}

/// A usage error (exit 2) in the planner's language.
func usageError(_ language: Language, _ chinese: String, _ english: String) -> ValidationError {
    ValidationError(language.pick(chinese, english))
}
