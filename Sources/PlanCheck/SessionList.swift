import Foundation
import TrainPlanCore

/// Parses the `sessions` cell of cohorts.csv: date ranges `YYYY-MM-DD..YYYY-MM-DD` or single dates,
/// separated by `;` (or the SPEC's other list separators `；` and `、`). Nil when any part is malformed.
func parseSessions(_ text: String) -> [DateRange]? {
    var sessions: [DateRange] = []
    for part in text.split(whereSeparator: { ";；、".contains($0) }) {
        let piece = part.trimmingCharacters(in: .whitespaces)
        if piece.isEmpty { continue }
        let ends = piece.components(separatedBy: "..")
        guard ends.count <= 2, let first = PlanDate(ends[0].trimmingCharacters(in: .whitespaces)),
              let last = PlanDate(ends[ends.count - 1].trimmingCharacters(in: .whitespaces)), first <= last
        else { return nil }
        sessions.append(DateRange(first: first, last: last))
    }
    return sessions
}
