/// The plan a county office makes by hand today, kept as the baseline the optimiser is measured against.
/// Programme by programme (in the instance's order), the teachers a quota still needs are taken, those
/// a district or school sub-quota asks for first, then the largest hour deficit first; each joins a cohort
/// with room at the nearest allowed site, or opens one there on the earliest schedule that keeps every
/// hard rule. Cohorts left below `cohort_min` are dissolved and their teachers re-seated in cohorts that
/// still have room. Only distance and dates are weighed; the plan always keeps H1–H8.
public struct GreedyPlanner: Sendable {
    public let instance: Instance

    public init(instance: Instance) { self.instance = instance }

    public func plan() -> Plan {
        var state = State(instance: instance)
        for programme in instance.programmes.indices {
            state.fill(programme)
        }
        return state.finishedPlan()
    }

    /// A cohort being filled.
    private struct OpenCohort {
        var candidate: CandidateCohort
        var teachers: [Int]
        var isOpen = true
    }

    private struct State {
        let instance: Instance
        var ledger: GreedyLedger
        var nearest: NearestSites
        let generator: CandidateGenerator
        var cohorts: [OpenCohort] = []
        /// Programme → site → indices into `cohorts`, in opening order.
        var cohortsAt: [Int: [Int: [Int]]] = [:]
        var schedules: [Int: [Int: [CandidateCohort]]] = [:]

        init(instance: Instance) {
            self.instance = instance
            ledger = GreedyLedger(instance: instance)
            nearest = NearestSites(instance: instance)
            generator = CandidateGenerator(instance: instance)
        }

        mutating func fill(_ programme: Int) {
            for teacher in teachersInFillOrder(programme) where ledger.closesShortfall(teacher, programme: programme) {
                _ = seat(teacher, programme: programme, mayOpen: true)
            }
            dissolveUndersized(programme)
        }

        /// The teachers meeting the programme's profile: those a sub-quota asks for first, then the largest
        /// hour deficit (the priority a planner reads off the 学时 ledger), then by id.
        func teachersInFillOrder(_ programme: Int) -> [Int] {
            let record = instance.programmes[programme]
            let target = instance.defaults.targetHours
            let deficit = instance.teachers.map { target > 0 ? max(0, target - $0.cycleHours) / target : 0 }
            let eligible = instance.teachers.indices.filter { teacher in
                ledger.school(of: teacher) >= 0 && instance.meetsProfile(instance.teachers[teacher], of: record)
            }
            let asked = Set(eligible.filter { ledger.hasSubQuotaMinimum($0, programme: programme) })
            return eligible.sorted { a, b in
                if asked.contains(a) != asked.contains(b) { return asked.contains(a) }
                if deficit[a] != deficit[b] { return deficit[a] > deficit[b] }
                return instance.teachers[a].id < instance.teachers[b].id
            }
        }

        /// Seats the teacher at the nearest site with room: an existing cohort there first, else a new one on
        /// the earliest schedule that fits. Returns false when no allowed site can take the teacher.
        mutating func seat(_ teacher: Int, programme: Int, mayOpen: Bool) -> Bool {
            for site in nearest.sites(programme: programme, school: ledger.school(of: teacher)) {
                for index in cohortsAt[programme]?[site] ?? [] where cohorts[index].isOpen {
                    let candidate = cohorts[index].candidate
                    if cohorts[index].teachers.count < capacity(candidate), ledger.canSeat(teacher, in: candidate) {
                        ledger.seat(teacher, in: candidate)
                        cohorts[index].teachers.append(teacher)
                        return true
                    }
                }
                guard mayOpen else { continue }
                for candidate in schedules(programme: programme, site: site)
                where capacity(candidate) > 0 && ledger.canOpen(candidate) && ledger.canSeat(teacher, in: candidate) {
                    ledger.open(candidate)
                    ledger.seat(teacher, in: candidate)
                    cohorts.append(OpenCohort(candidate: candidate, teachers: [teacher]))
                    cohortsAt[programme, default: [:]][site, default: []].append(cohorts.count - 1)
                    return true
                }
            }
            return false
        }

        /// H4: a cohort below `cohort_min` may not open. Its teachers go back to the pool and try the
        /// programme's remaining cohorts (never a new one, which could be too small again).
        mutating func dissolveUndersized(_ programme: Int) {
            let minimum = max(1, instance.programmes[programme].cohortMin)
            var released: [Int] = []
            for index in cohorts.indices
            where cohorts[index].isOpen && cohorts[index].candidate.programme == programme
                && cohorts[index].teachers.count < minimum {
                let candidate = cohorts[index].candidate
                for teacher in cohorts[index].teachers { ledger.unseat(teacher, from: candidate) }
                ledger.close(candidate)
                released += cohorts[index].teachers
                cohorts[index].teachers = []
                cohorts[index].isOpen = false
            }
            for teacher in released.sorted() where ledger.closesShortfall(teacher, programme: programme) {
                _ = seat(teacher, programme: programme, mayOpen: false)
            }
        }

        /// Most teachers in one cohort: min(cohort_max, seats); no limit is Int.max.
        func capacity(_ candidate: CandidateCohort) -> Int {
            let limits = [instance.programmes[candidate.programme].cohortMax, instance.sites[candidate.site].seats]
            return limits.compactMap { $0 }.min() ?? Int.max
        }

        mutating func schedules(programme: Int, site: Int) -> [CandidateCohort] {
            if let cached = schedules[programme]?[site] { return cached }
            let generated = generator.schedules(programme: programme, site: site)
            schedules[programme, default: [:]][site] = generated
            return generated
        }

        /// Opened cohorts in plan order, numbered `<programme>-<n>` (n unique over the plan).
        func finishedPlan() -> Plan {
            // Provisional ids (opening order) only make the sort deterministic; the final ids follow it.
            let opened = cohorts.enumerated().filter { $0.element.isOpen }.map { opening, cohort in
                Cohort(id: String(opening), programme: cohort.candidate.programme, site: cohort.candidate.site,
                       sessions: cohort.candidate.sessions,
                       teachers: cohort.teachers.sorted { instance.teachers[$0].id < instance.teachers[$1].id })
            }
            let numbered = opened.sorted(by: Cohort.planOrder).enumerated().map { position, cohort in
                var cohort = cohort
                cohort.id = "\(instance.programmes[cohort.programme].id)-\(position + 1)"
                return cohort
            }
            return Plan(cohorts: numbered)
        }
    }
}
