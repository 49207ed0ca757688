extension Instance {
    /// The tag that marks a teacher on leave (请假): every programme excludes it, so the teacher joins no
    /// cohort, online ones included (they have no dates an unavailability could block), and no longer counts
    /// toward `quota_min = all`.
    public static let leaveTag = "请假"

    /// Puts these teachers (ids) on leave for the whole horizon.
    public mutating func sendOnLeave(_ teacherIDs: Set<String>) {
        guard !teacherIDs.isEmpty else { return }
        let horizon = Set(calendar.dates)
        for index in teachers.indices where teacherIDs.contains(teachers[index].id) {
            teachers[index].tags.insert(Self.leaveTag)
            teachers[index].unavailable = horizon
        }
        for index in programmes.indices { programmes[index].tagsNone.insert(Self.leaveTag) }
    }
}
