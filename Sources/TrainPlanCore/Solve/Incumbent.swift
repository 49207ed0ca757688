/// The best plan of a decomposed solve so far, with its SPEC objective. A plan replaces it only when its
/// objective is lower (never by a worse one), and every replacement bumps `version`, which tells the search
/// which neighbourhoods were solved around an older plan.
struct Incumbent {
    let instance: Instance
    private(set) var plan: Plan
    private(set) var objective: Double
    private(set) var seatsShort: Int
    /// Seats short per programme id.
    private var seatsShortByProgramme: [String: Int]
    private(set) var version = 0
    var nodes = 0

    init(instance: Instance, plan: Plan) {
        self.instance = instance
        self.plan = plan
        let metrics = PlanMetrics(instance: instance, plan: plan)
        objective = metrics.objective
        seatsShort = metrics.shortfallTotal
        seatsShortByProgramme = metrics.shortfallByProgramme
    }

    /// Keeps `candidate` when it is better; returns whether it was.
    @discardableResult
    mutating func offer(_ candidate: Plan) -> Bool {
        let metrics = PlanMetrics(instance: instance, plan: candidate)
        guard metrics.objective < objective - 1e-6 else { return false }
        plan = candidate
        objective = metrics.objective
        seatsShort = metrics.shortfallTotal
        seatsShortByProgramme = metrics.shortfallByProgramme
        version += 1
        return true
    }

    /// Seats short per programme index.
    func seatsShort(programme: Int) -> Int {
        seatsShortByProgramme[instance.programmes[programme].id] ?? 0
    }
}
