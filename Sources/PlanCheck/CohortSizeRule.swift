import TrainPlanCore

/// H4: an opened cohort has between cohort_min and min(cohort_max, seats) teachers.
extension PlanAudit {
    var cohortSizeViolations: [Violation] {
        cohorts.compactMap { cohort in
            let size = cohort.teachers.count
            if size < cohort.programme.cohortMin {
                return Violation(.cohortTooSmall(cohort: cohort.id, size: size, minimum: cohort.programme.cohortMin))
            }
            // nil on either side means no limit from that side.
            let limits = [cohort.programme.cohortMax, cohort.site.seats].compactMap { $0 }
            if let maximum = limits.min(), size > maximum {
                return Violation(.cohortTooLarge(cohort: cohort.id, size: size, maximum: maximum))
            }
            return nil
        }
    }
}
