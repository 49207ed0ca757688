extension Instance {
    /// True when the teacher meets the programme's stage, subject and tag rules (the part of H1 that
    /// defines `quota_min = all`; dates and home district are checked per cohort).
    public func meetsProfile(_ teacher: Teacher, of programme: Programme) -> Bool {
        (programme.stages.isEmpty || programme.stages.contains(teacher.stage))
            && (programme.subjects.isEmpty || programme.subjects.contains(teacher.subject))
            && (programme.tagsAny.isEmpty || !programme.tagsAny.isDisjoint(with: teacher.tags))
            && programme.tagsNone.isDisjoint(with: teacher.tags)
    }

    /// Seats that must be filled (elastic).
    public func quotaMinSeats(_ programme: Programme) -> Int {
        switch programme.quotaMin {
        case .seats(let seats): seats
        case .allEligible: teachers.reduce(0) { $0 + (meetsProfile($1, of: programme) ? 1 : 0) }
        }
    }

    /// Hard upper bound on assigned teachers; nil = none. SPEC: defaults to quota_min when that is > 0.
    public func quotaMaxSeats(_ programme: Programme) -> Int? {
        if let max = programme.quotaMax { return max }
        let min = quotaMinSeats(programme)
        return min > 0 ? min : nil
    }
}
