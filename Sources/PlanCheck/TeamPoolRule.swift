import TrainPlanCore

/// H6: for each trainer team pool, at most `limit` cohorts of the programmes naming it active on one date.
extension PlanAudit {
    var teamPoolViolations: [Violation] {
        instance.teams.flatMap { pool in
            var activeByDate: [PlanDate: [String]] = [:]
            for cohort in cohorts where cohort.programme.team == pool.name {
                for date in Set(cohort.dates) { activeByDate[date, default: []].append(cohort.id) }
            }
            return activeByDate.sorted(by: { $0.key < $1.key }).filter { $0.value.count > pool.limit }.map {
                Violation(.teamExceeded(team: pool.name, date: $0.key, cohorts: $0.value, limit: pool.limit))
            }
        }
    }
}
