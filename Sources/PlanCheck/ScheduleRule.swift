import TrainPlanCore

/// SCHEDULE: a cohort's site and sessions fit its programme (SPEC "Cohorts and their schedules" and
/// "Precise readings"). Any valid schedule passes, not only the reference candidates.
extension PlanAudit {
    func scheduleViolations(of cohort: PlannedCohort) -> [Violation] {
        let programme = cohort.programme
        var violations: [Violation] = []
        // An explicit `sites` list overrides the mode's kinds.
        let siteAllowed = programme.sites.isEmpty
            ? programme.mode.defaultSiteKinds.contains(cohort.site.kind)
            : programme.sites.contains(cohort.site.id)
        if !siteAllowed {
            violations.append(Violation(.siteNotAllowed(cohort: cohort.id, programme: programme.id, site: cohort.site.id)))
        }
        if cohort.isOnline {
            if !cohort.sessions.isEmpty {
                violations.append(Violation(.onlineWithSessions(cohort: cohort.id, programme: programme.id)))
            }
            return violations
        }
        if cohort.sessions.count != programme.sessions {
            violations.append(Violation(.sessionCount(cohort: cohort.id, programme: programme.id,
                                                      expected: programme.sessions, found: cohort.sessions.count)))
        }
        for session in cohort.sessions where session.dates.count != programme.days {
            violations.append(Violation(.sessionLength(cohort: cohort.id, session: session, expectedDays: programme.days)))
        }
        violations += dayViolations(of: cohort)
        for (previous, next) in zip(cohort.sessions, cohort.sessions.dropFirst()) {
            // Precise readings: sessions never overlap, and starts are at least gap_days apart.
            let earliestStart = max(previous.first.adding(days: programme.gapDays), previous.last.adding(days: 1))
            if next.first < earliestStart {
                violations.append(Violation(.sessionsTooClose(cohort: cohort.id, previous: previous, next: next,
                                                              gapDays: programme.gapDays)))
            }
        }
        return violations
    }

    /// Session days outside the horizon, of a day type the programme excludes, outside its window or
    /// the site's availability; consecutive offending days are reported as one run.
    private func dayViolations(of cohort: PlannedCohort) -> [Violation] {
        let calendar = instance.calendar
        let programme = cohort.programme
        let dates = cohort.dates.sorted()
        var violations = consecutiveRuns(dates.filter { !calendar.contains($0) }).map {
            Violation(.outsideHorizon(cohort: cohort.id, dates: $0))
        }
        for dayType in DayType.allCases where !programme.dayTypes.contains(dayType) {
            violations += consecutiveRuns(dates.filter { calendar.dayType($0) == dayType }).map {
                Violation(.dayTypeNotAllowed(cohort: cohort.id, dates: $0, dayType: dayType))
            }
        }
        if let window = programme.window {
            violations += consecutiveRuns(dates.filter { !window.contains($0) }).map {
                Violation(.outsideWindow(cohort: cohort.id, programme: programme.id, dates: $0))
            }
        }
        if let available = cohort.site.available {
            violations += consecutiveRuns(dates.filter { !available.contains($0) }).map {
                Violation(.siteUnavailable(cohort: cohort.id, site: cohort.site.id, dates: $0))
            }
        }
        return violations
    }
}
