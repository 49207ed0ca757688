/// A slice of one programme's candidate cohorts held on calendar days: every `count`-th candidate in date
/// order, from the `index`-th, so that each slice spreads over the programme's whole window. A "more dates"
/// neighbourhood offers the planned schedules and one slice (`BlockSchedules.plannedAnd`).
struct ScheduleSlice: Hashable, Sendable {
    let index: Int
    let count: Int
    let candidates: Set<CandidateKey>

    /// `candidates` cut into slices of about `perSlice` each (none when they all fit in one: the programme's
    /// own block then offers them all at once). `candidates`: one programme's, in date order.
    static func slices(of candidates: [CandidateKey], perSlice: Int) -> [ScheduleSlice] {
        let count = (candidates.count + perSlice - 1) / max(1, perSlice)
        guard count > 1 else { return [] }
        return (0..<count).map { index in
            ScheduleSlice(index: index, count: count,
                          candidates: Set(stride(from: index, to: candidates.count, by: count).map { candidates[$0] }))
        }
    }
}
