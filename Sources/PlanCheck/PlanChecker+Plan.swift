import TrainPlanCore

extension PlanChecker {
    /// Every hard rule a plan in memory breaks (SPEC H1–H8 and schedule validity: the rules `check` applies to
    /// a plan folder's cohorts, without its file and summary checks): a what-if scenario's base plan is
    /// checked against the scenario before it seeds the search. A cohort naming a programme, site or teacher
    /// this instance does not have is a violation of its own.
    public func violations(of plan: Plan) -> [Violation] {
        var unknown: [Violation] = []
        let cohorts: [PlannedCohort] = plan.cohorts.compactMap { cohort in
            guard instance.programmes.indices.contains(cohort.programme) else {
                unknown.append(Violation(.unknownProgramme(cohort: cohort.id, programme: "#\(cohort.programme)")))
                return nil
            }
            guard instance.sites.indices.contains(cohort.site) else {
                unknown.append(Violation(.unknownSite(cohort: cohort.id, site: "#\(cohort.site)")))
                return nil
            }
            if let teacher = cohort.teachers.first(where: { !instance.teachers.indices.contains($0) }) {
                unknown.append(Violation(.unknownTeacher(teacher: "#\(teacher)", cohort: cohort.id)))
                return nil
            }
            return PlannedCohort(id: cohort.id, programme: instance.programmes[cohort.programme], site: instance.sites[cohort.site],
                                 sessions: cohort.sessions, teachers: cohort.teachers.map { instance.teachers[$0] })
        }
        return unknown + PlanAudit(instance: instance, cohorts: cohorts).violations
    }
}
