import Foundation

/// `summary.json` as the solver wrote it; every field optional so that a missing one is reported, not fatal.
struct PlanSummary {
    static let statuses: Set<String> = ["optimal", "feasible", "infeasible", "error"]

    var status: String?
    var objective: Double?
    var bound: Double?
    var gap: Double?
    var seconds: Double?
    var kpis: [String: Any]?
    var inputHash: String?
    /// The keys the file has, so that a field of the wrong type ("status": 5) is not called missing.
    var keys: Set<String>

    init(_ object: [String: Any]) {
        keys = Set(object.keys)
        status = object["status"] as? String
        objective = Self.number(object["objective"])
        bound = Self.number(object["bound"])
        gap = Self.number(object["gap"])
        seconds = Self.number(object["seconds"])
        kpis = object["kpis"] as? [String: Any]
        inputHash = object["input_hash"] as? String
    }

    /// True when the status claims a solution whose figures can be compared.
    var claimsSolution: Bool { status == "optimal" || status == "feasible" }

    /// JSON numbers arrive as NSNumber; strings and nulls are not numbers here.
    static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }
}
