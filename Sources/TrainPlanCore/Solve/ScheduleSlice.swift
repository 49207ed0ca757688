/// A slice of one block's candidate cohorts held on calendar days: every `count`-th candidate in date order,
/// from the `index`-th, so that each slice spans the block's whole window. A "more dates" neighbourhood
/// offers the planned schedules and one slice (`BlockSchedules.plannedAnd`).
struct ScheduleSlice: Hashable, Sendable {
    let index: Int
    let count: Int
    let candidates: Set<CandidateKey>

    /// `candidates` (one block's, in date order) cut into slices of about `perSlice` each; none when they
    /// all fit in one: the block's own solve offers them all at once.
    static func slices(of candidates: [CandidateKey], perSlice: Int) -> [ScheduleSlice] {
        let perSlice = max(1, perSlice)
        let count = (candidates.count + perSlice - 1) / perSlice
        guard count > 1 else { return [] }
        return (0..<count).map { index in
            ScheduleSlice(index: index, count: count,
                          candidates: Set(stride(from: index, to: candidates.count, by: count).map { candidates[$0] }))
        }
    }
}
