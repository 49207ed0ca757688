import Foundation

/// The plan already in an output folder when it is a better plan of the same instance than a new one:
/// `solve` and `greedy` keep it, so that a shorter, interrupted or baseline run never replaces a better plan.
public struct BetterPlanInFolder: Sendable, Equatable {
    /// The kept plan's objective, from its summary.json.
    public var objective: Double

    /// nil unless `folder`'s summary.json (read as `PlanSummary`) names `inputHash` (the same instance) and a
    /// solution whose objective is below `objective` by more than rounding.
    public static func find(in folder: String, inputHash: String, newObjective objective: Double) -> BetterPlanInFolder? {
        let summary = URL(fileURLWithPath: folder).appendingPathComponent("summary.json")
        guard let data = FileManager.default.contents(atPath: summary.path),
              let existing = try? JSONDecoder().decode(PlanSummary.self, from: data),
              existing.inputHash == inputHash, ["optimal", "feasible"].contains(existing.status),
              existing.objective.isFinite, existing.objective < objective - 1e-9 * max(1, abs(objective))
        else { return nil }
        return BetterPlanInFolder(objective: existing.objective)
    }
}
