extension Instance {
    /// True when the teacher meets the programme's stage, subject and tag rules (the part of H1 that
    /// defines `quota_min = all`; dates and home district are checked per cohort).
    public func meetsProfile(_ teacher: Teacher, of programme: Programme) -> Bool {
        programme.admitsProfile(of: teacher)
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

extension Programme {
    /// The stage, subject and tag rules alone, so loading can size `quota_min = all` before an `Instance` exists.
    public func admitsProfile(of teacher: Teacher) -> Bool {
        (stages.isEmpty || stages.contains(teacher.stage))
            && (subjects.isEmpty || subjects.contains(teacher.subject))
            && (tagsAny.isEmpty || !tagsAny.isDisjoint(with: teacher.tags))
            && tagsNone.isDisjoint(with: teacher.tags)
    }
}

extension Instance {
    /// Whether a teacher counts towards a sub-quota: of its school, or of a school in its district.
    /// `schools`: the schools by id.
    func teacher(_ index: Int, isIn quota: Quota, schools: [String: School]) -> Bool {
        let school = teachers[index].school
        return quota.scope == .district ? schools[school]?.district == quota.scopeID : school == quota.scopeID
    }
}
