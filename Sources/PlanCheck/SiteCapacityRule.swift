import TrainPlanCore

/// H5: at most `rooms` cohorts active at a site on one date (online cohorts use no room), and at most
/// `max_cohorts` opened there over the horizon (online included).
extension PlanAudit {
    var siteCapacityViolations: [Violation] {
        var violations: [Violation] = []
        for site in instance.sites {
            let opened = cohorts.filter { $0.site.id == site.id }
            var activeByDate: [PlanDate: [String]] = [:]
            for cohort in opened where !cohort.isOnline {
                for date in Set(cohort.dates) { activeByDate[date, default: []].append(cohort.id) }
            }
            for (date, active) in activeByDate.sorted(by: { $0.key < $1.key }) where active.count > site.rooms {
                violations.append(Violation(.roomsExceeded(site: site.id, date: date, cohorts: active, rooms: site.rooms)))
            }
            if let maximum = site.maxCohorts, opened.count > maximum {
                violations.append(Violation(.maxCohortsExceeded(site: site.id, opened: opened.count, maximum: maximum)))
            }
        }
        return violations
    }
}
