import MIP

/// A caller's starting solution, checked in Swift because glp_ios_heur_sol takes whatever it is
/// given: an infeasible "incumbent" would make GLPK prune the true optimum.
enum StartingSolution {
    /// Absolute tolerance for bounds and integrality; rows get it relative to max(1, |side|).
    static let tolerance = 1e-6

    enum Check: Equatable {
        /// The values to offer, integer entries made exactly integral (GLPK rejects others).
        case usable([Double])
        /// A log note saying why the start is skipped.
        case unusable(String)
    }

    /// Expects a start of the model's length with finite values (`ModelValidator` checks that).
    static func check(_ values: [Double], for model: Model) -> Check {
        var offered = values
        for (index, variable) in model.variables.enumerated() {
            let value = values[index]
            guard value >= variable.lower - tolerance && value <= variable.solverUpper + tolerance else {
                return .unusable(Messages.startOutsideBounds(variable: variable.name, value))
            }
            if variable.kind != .continuous {
                guard abs(value - value.rounded()) <= tolerance else {
                    return .unusable(Messages.startNotIntegral(variable: variable.name, value))
                }
                offered[index] = value.rounded()
            } else {
                offered[index] = min(max(value, variable.lower), variable.solverUpper)
            }
        }
        for row in model.constraints {
            let activity = row.terms.reduce(0) { $0 + $1.coefficient * offered[$1.variable.index] }
            let belowLower = activity < row.lower - tolerance * max(1, abs(row.lower))
            let aboveUpper = activity > row.upper + tolerance * max(1, abs(row.upper))
            if belowLower || aboveUpper {
                return .unusable(Messages.startViolatesRow(row: row.name, activity: activity))
            }
        }
        return .usable(offered)
    }
}
