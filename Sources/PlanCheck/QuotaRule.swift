import TrainPlanCore

/// H7: per programme and per sub-quota, assigned teachers ≤ max (the minimums are soft: see shortfall).
extension PlanAudit {
    var quotaViolations: [Violation] {
        instance.programmes.flatMap { programme -> [Violation] in
            let teachers = assignedTeachers(of: programme)
            var violations: [Violation] = []
            if let maximum = instance.quotaMaxSeats(programme), teachers.count > maximum {
                violations.append(Violation(.programmeQuotaExceeded(programme: programme.id, assigned: teachers.count,
                                                                    maximum: maximum)))
            }
            for quota in subQuotas(of: programme) {
                let assigned = assignedCount(of: quota, among: teachers)
                if let maximum = quota.max, assigned > maximum {
                    violations.append(Violation(.subQuotaExceeded(programme: programme.id, scope: quota.scope,
                                                                  scopeID: quota.scopeID, assigned: assigned,
                                                                  maximum: maximum)))
                }
            }
            return violations
        }
    }
}
