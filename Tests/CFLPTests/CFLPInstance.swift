import TrainPlanCore

/// A CFLP as a planning instance (mapping of /work/shared/external/orlib-cflp/README.md, the same as
/// benchmarks/cflp_to_instance.py): customer j is a school of demand_j identical teachers who must all be
/// trained; warehouse i is a centre with seats = capacity, one cohort at most, cohort cost = fixed cost;
/// km = c_ij / (2 demand_j), so one round trip summed over the school's teachers costs c_ij. Every other
/// cost term is zero, so the SPEC optimum is the published one.
enum CFLPInstance {
    static let day = PlanDate(year: 2027, month: 1, day: 25)!

    static func make(_ problem: ORLibraryCFLP, name: String) -> Instance {
        let schools = problem.demands.indices.map { customer in
            School(id: "C\(customer + 1)", name: "客户\(customer + 1)", district: "D1", latitude: 26, longitude: 107,
                   maxAway: problem.demands[customer])
        }
        var teachers: [Teacher] = []
        for (customer, demand) in problem.demands.enumerated() {
            for _ in 0..<demand {
                let number = teachers.count + 1
                teachers.append(Teacher(id: "T\(number)", name: "教师\(number)", school: "C\(customer + 1)",
                                        stage: .primary, subject: "全科", cycleHours: 360))
            }
        }
        let sites = problem.capacities.indices.map { warehouse in
            Site(id: "W\(warehouse + 1)", name: "仓库\(warehouse + 1)", kind: .center, latitude: 25.5, longitude: 106,
                 seats: problem.capacities[warehouse], rooms: 1, maxCohorts: 1,
                 cohortCost: problem.fixedCosts[warehouse])
        }
        let course = Programme(id: "P1", name: "\(name) 全员培训", mode: .centralized, dayTypes: [.holiday],
                               quotaMin: .allEligible, cohortMin: 1)
        var distances: [String: [String: Double]] = [:]
        for (customer, row) in problem.costs.enumerated() {
            for (warehouse, cost) in row.enumerated() {
                distances["C\(customer + 1)", default: [:]]["W\(warehouse + 1)"] = cost / (2 * Double(problem.demands[customer]))
            }
        }
        var weights = Weights()
        weights.teachingDay = 0
        weights.weekendDay = 0
        weights.holidayDay = 0
        weights.concentration = 0
        weights.priority = 0
        weights.km = 1
        // Above any saving one unserved teacher could bring, so every teacher is trained.
        weights.shortfall = 1e7
        return Instance(
            name: "OR-Library \(name)", calendar: TermCalendar(start: day, end: day, holidays: [day]),
            weights: weights, schools: schools, teachers: teachers, sites: sites, programmes: [course],
            distances: distances, sourceHash: "orlib-\(name)"
        )
    }
}
