import TrainPlanCore

/// Distinct teachers a plan puts into a programme, overall and per sub-quota scope (H7 and shortfall).
extension PlanAudit {
    func assignedTeachers(of programme: Programme) -> [Teacher] {
        var seen: Set<String> = []
        return cohorts.filter { $0.programme.id == programme.id }
            .flatMap(\.teachers)
            .filter { seen.insert($0.id).inserted }
    }

    func assignedCount(of quota: Quota, among teachers: [Teacher]) -> Int {
        teachers.filter { teacher in
            switch quota.scope {
            case .district: district(of: teacher) == quota.scopeID
            case .school: teacher.school == quota.scopeID
            }
        }.count
    }

    func subQuotas(of programme: Programme) -> [Quota] {
        instance.quotas.filter { $0.program == programme.id }
    }
}
