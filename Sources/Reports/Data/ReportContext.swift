import TrainPlanCore

/// What every report is made from: the instance, the plan, its summary.json if there is one, and the
/// reader's language; plus the lookups all reports share.
public struct ReportContext: Sendable {
    public let instance: Instance
    public let plan: Plan
    /// nil for a plan without summary.json: reports then show KPIs recomputed from the plan only.
    public let summary: PlanSummary?
    public let language: Language
    let metrics: PlanMetrics
    let schoolIndex: [String: Int]
    /// Every teacher's place in every cohort, by school, teacher id, then first date.
    let assignments: [Assignment]

    public init(instance: Instance, plan: Plan, summary: PlanSummary?, language: Language) {
        self.instance = instance
        self.plan = plan
        self.summary = summary
        self.language = language
        metrics = PlanMetrics(instance: instance, plan: plan)
        let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.schoolIndex = schoolIndex
        assignments = plan.cohorts.indices.flatMap { cohort in
            plan.cohorts[cohort].teachers.map { Assignment(teacher: $0, cohort: cohort) }
        }.sorted { a, b in
            let (teacherA, teacherB) = (instance.teachers[a.teacher], instance.teachers[b.teacher])
            let (schoolA, schoolB) = (schoolIndex[teacherA.school] ?? Int.max, schoolIndex[teacherB.school] ?? Int.max)
            if schoolA != schoolB { return schoolA < schoolB }
            if teacherA.id != teacherB.id { return teacherA.id < teacherB.id }
            let (firstA, firstB) = (plan.cohorts[a.cohort].sessions.first?.first, plan.cohorts[b.cohort].sessions.first?.first)
            if firstA != firstB { return (firstA?.ordinal ?? Int.min) < (firstB?.ordinal ?? Int.min) }
            return plan.cohorts[a.cohort].id < plan.cohorts[b.cohort].id
        }
    }

    /// One teacher in one cohort (indices into `instance.teachers` and `plan.cohorts`).
    struct Assignment: Sendable {
        var teacher: Int
        var cohort: Int
    }

    func programme(of cohort: Cohort) -> Programme { instance.programmes[cohort.programme] }
    func site(of cohort: Cohort) -> Site { instance.sites[cohort.site] }

    /// Schools that have at least one teacher in the plan, in instance order.
    var schoolsWithAssignments: [Int] {
        Array(Set(assignments.compactMap { schoolIndex[instance.teachers[$0.teacher].school] })).sorted()
    }

    func assignments(ofSchool school: Int) -> [Assignment] {
        let id = instance.schools[school].id
        return assignments.filter { instance.teachers[$0.teacher].school == id }
    }

    /// "2026-09-07 至 2026-09-08；2026-09-14" — or the online wording when a cohort has no dates.
    func datesText(_ cohort: Cohort) -> String {
        guard !cohort.sessions.isEmpty else { return language.pick("网络研修（不占用日期）", "online (no fixed dates)") }
        return cohort.sessions.map { session in
            session.first == session.last ? "\(session.first)" : "\(session.first)" + language.pick(" 至 ", " to ") + "\(session.last)"
        }.joined(separator: language.pick("；", "; "))
    }

    /// A programme name as a reader sees it: its name, or its id when it has none.
    func displayName(_ programme: Programme) -> String { programme.name.isEmpty ? programme.id : programme.name }
    func displayName(_ site: Site) -> String { site.name.isEmpty ? site.id : site.name }
    func displayName(_ school: School) -> String { school.name.isEmpty ? school.id : school.name }

    /// A school's name from its id; the id itself for a school the instance does not list.
    func schoolName(_ id: String) -> String {
        schoolIndex[id].map { displayName(instance.schools[$0]) } ?? id
    }

    /// "全县", "学区 D1" or "学校 第一小学": what a quota line covers.
    func scopeText(_ scope: QuotaFulfilment.Scope?) -> String {
        guard let scope else { return language.pick("全县", "whole county") }
        switch scope.kind {
        case .district: return language.pick("学区 ", "district ") + scope.id
        case .school: return language.pick("学校 ", "school ") + schoolName(scope.id)
        }
    }
}
