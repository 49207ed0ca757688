import TrainPlanCore

/// H1: every assigned teacher meets the programme's stage, subject and tag rules, is free and not
/// blacked out on every cohort day, and keeps to the home district when the programme asks for it.
extension PlanAudit {
    var eligibilityViolations: [Violation] {
        assignments.flatMap { teacher, cohort in
            profileViolations(teacher, cohort) + dateViolations(teacher, cohort) + homeDistrictViolations(teacher, cohort)
        }
    }

    private func profileViolations(_ teacher: Teacher, _ cohort: PlannedCohort) -> [Violation] {
        let programme = cohort.programme
        var failed: [Violation.ProfileCriterion] = []
        if !programme.stages.isEmpty, !programme.stages.contains(teacher.stage) { failed.append(.stage) }
        if !programme.subjects.isEmpty, !programme.subjects.contains(teacher.subject) { failed.append(.subject) }
        if !programme.tagsAny.isEmpty, programme.tagsAny.isDisjoint(with: teacher.tags) { failed.append(.tagsAny) }
        if !programme.tagsNone.isDisjoint(with: teacher.tags) { failed.append(.tagsNone) }
        return failed.map {
            Violation(.profileMismatch(teacher: teacher.id, cohort: cohort.id, programme: programme.id, criterion: $0))
        }
    }

    private func dateViolations(_ teacher: Teacher, _ cohort: PlannedCohort) -> [Violation] {
        let dates = cohort.dates.sorted()
        let unavailable = consecutiveRuns(dates.filter { teacher.unavailable.contains($0) }).map {
            Violation(.teacherUnavailable(teacher: teacher.id, cohort: cohort.id, dates: $0))
        }
        let blackedOut = consecutiveRuns(dates.filter { instance.calendar.isBlackedOut($0, for: teacher.stage) }).map {
            Violation(.blackedOut(teacher: teacher.id, cohort: cohort.id, dates: $0, stage: teacher.stage))
        }
        return unavailable + blackedOut
    }

    private func homeDistrictViolations(_ teacher: Teacher, _ cohort: PlannedCohort) -> [Violation] {
        guard cohort.programme.homeDistrict else { return [] }
        let teacherDistrict = district(of: teacher)
        // Precise readings: a site without a district takes nobody under home_district.
        let siteDistrict = cohort.site.district.flatMap { $0.isEmpty ? nil : $0 }
        if let siteDistrict, siteDistrict == teacherDistrict { return [] }
        return [Violation(.outsideHomeDistrict(teacher: teacher.id, cohort: cohort.id, site: cohort.site.id,
                                               teacherDistrict: teacherDistrict ?? "", siteDistrict: siteDistrict))]
    }
}
