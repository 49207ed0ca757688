import TrainPlanCore

/// 名额落实: for every programme and every sub-quota, the seats asked for (min, max), the teachers
/// assigned and the shortfall — the table a county office submits upward.
public struct QuotaFulfilment: Sendable {
    /// The district or school a sub-quota covers.
    public struct Scope: Sendable, Equatable {
        public var kind: Quota.Scope
        public var id: String
    }

    public struct Line: Sendable, Equatable {
        public var programme: Int
        /// nil for the programme as a whole.
        public var scope: Scope?
        public var minimum: Int
        /// nil = no upper bound.
        public var maximum: Int?
        public var assigned: Int
        public var shortfall: Int { max(0, minimum - assigned) }
    }

    /// Each programme followed by its sub-quotas, in instance order.
    public let lines: [Line]

    public init(instance: Instance, plan: Plan) {
        var assigned = [Int: [Int]]()
        for cohort in plan.cohorts { assigned[cohort.programme, default: []] += cohort.teachers }
        let districtOfSchool = Dictionary(instance.schools.map { ($0.id, $0.district) }, uniquingKeysWith: { a, _ in a })
        var lines: [Line] = []
        for (index, programme) in instance.programmes.enumerated() {
            let teachers = assigned[index] ?? []
            lines.append(Line(programme: index, scope: nil, minimum: instance.quotaMinSeats(programme),
                              maximum: instance.quotaMaxSeats(programme), assigned: teachers.count))
            for quota in instance.quotas where quota.program == programme.id {
                let inScope = teachers.filter { teacherIndex in
                    let school = instance.teachers[teacherIndex].school
                    return quota.scope == .school ? school == quota.scopeID : districtOfSchool[school] == quota.scopeID
                }
                lines.append(Line(programme: index, scope: Scope(kind: quota.scope, id: quota.scopeID), minimum: quota.min,
                                  maximum: quota.max, assigned: inScope.count))
            }
        }
        self.lines = lines
    }
}
