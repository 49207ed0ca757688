import Foundation

/// The few numbers of a plan folder's summary.json the server shows and stores.
struct PlanSummaryFile: Sendable {
    var status: String
    var objective: Double?
    var bound: Double?
    var gap: Double?
    var seconds: Double?
    var kpis: [String: Any] { _kpis.value }
    private let _kpis: UncheckedBox

    init?(planFolder: URL) {
        guard let data = try? Data(contentsOf: planFolder.appendingPathComponent("summary.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let status = object["status"] as? String else { return nil }
        self.status = status
        objective = object["objective"] as? Double
        bound = object["bound"] as? Double
        gap = object["gap"] as? Double
        seconds = object["seconds"] as? Double
        _kpis = UncheckedBox(value: object["kpis"] as? [String: Any] ?? [:])
    }

    /// Decoded JSON is immutable once read.
    private struct UncheckedBox: @unchecked Sendable { let value: [String: Any] }
}
