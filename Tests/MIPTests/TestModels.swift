import MIP

/// Small models with answers worked out by hand, and a seeded hard one.
enum TestModels {
    /// Maximise value 10, 13, 7, 8, 4 with weights 5, 6, 4, 3, 2 under capacity 10 (as a minimisation).
    /// Best: items 0, 3, 4 (weight 10, value 22); next best {1, 3} with 21.
    static func knapsack() -> Model {
        var model = Model(name: "knapsack")
        let values: [Double] = [10, 13, 7, 8, 4]
        let weights: [Double] = [5, 6, 4, 3, 2]
        let items = values.indices.map { model.addVariable("take\($0)", kind: .binary, cost: -values[$0]) }
        model.addConstraint("capacity", zip(items, weights).map { Term($0, $1) }, upper: 10)
        return model
    }
    /// Site A (2 seats) and B (4 seats) serve point 1 (needs 3) and point 2 (needs 2); per unit A→1 =
    /// `costAToPoint1`, A→2 = 4, B→1 = 3, B→2 = 2; an unserved unit costs 100. `x[site][point]` are the
    /// routes. With A→1 = 1, by hand: A sends its 2 seats to point 1 (2), B sends 1 to point 1 (3) and 2 to
    /// point 2 (4): 9, with A's seat row binding. With A→1 = 5 both sites are dearer to point 1 than B, and A
    /// must still send one unit: to point 2 (4), B the rest (3 × 3 + 1 × 2): 15.
    static func transport(costAToPoint1: Double = 1) -> (model: Model, x: [[Variable]], unserved: [Variable]) {
        var model = Model(name: "transport")
        let costs: [[Double]] = [[costAToPoint1, 4], [3, 2]]
        let x = costs.indices.map { site in costs[site].indices.map { point in
            model.addVariable("x\(site)\(point)", upper: 10, cost: costs[site][point])
        } }
        let unserved = (0..<2).map { model.addVariable("unserved\($0)", upper: 10, cost: 100) }
        model.addConstraint("seatsA", [Term(x[0][0]), Term(x[0][1])], upper: 2)
        model.addConstraint("seatsB", [Term(x[1][0]), Term(x[1][1])], upper: 4)
        model.addConstraint("need1", [Term(x[0][0]), Term(x[1][0]), Term(unserved[0])], lower: 3)
        model.addConstraint("need2", [Term(x[0][1]), Term(x[1][1]), Term(unserved[1])], lower: 2)
        return (model, x, unserved)
    }

    static let knapsackOptimum = -22.0
    static let knapsackChoice: [Double] = [1, 0, 0, 1, 1]

    /// Costs [[4, 1, 3], [2, 0, 5], [3, 2, 2]]: best is 0→1, 1→0, 2→2 at 1 + 2 + 2 = 5
    /// (the other five permutations cost 6, 6, 7, 9, 11).
    static func assignment() -> Model {
        let costs: [[Double]] = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
        var model = Model(name: "assignment")
        let assign = costs.indices.map { worker in
            costs[worker].indices.map { task in
                model.addVariable("x\(worker)_\(task)", kind: .binary, upper: 1, cost: costs[worker][task])
            }
        }
        for worker in 0..<3 {
            model.addConstraint("worker\(worker)", (0..<3).map { Term(assign[worker][$0]) }, lower: 1, upper: 1)
        }
        for task in 0..<3 {
            model.addConstraint("task\(task)", (0..<3).map { Term(assign[$0][task]) }, lower: 1, upper: 1)
        }
        return model
    }
    static let assignmentOptimum = 5.0

    /// An n × n assignment with seeded costs 1–100: its LP takes GLPK thousands of iterations, far more
    /// than a few milliseconds. The identity (worker i → task i) is a feasible plan costing `identityCost`.
    static func largeAssignment(size: Int = 250, seed: UInt64 = 7) -> (model: Model, identity: [Double], identityCost: Double) {
        var random = SplitMix64(seed: seed)
        var model = Model(name: "large-assignment")
        var identity: [Double] = []
        var identityCost = 0.0
        var byTask = [[Term]](repeating: [], count: size)
        for worker in 0..<size {
            var row: [Term] = []
            for task in 0..<size {
                let cost = Double(1 + random.next(upTo: 100))
                let variable = model.addVariable("x\(worker)_\(task)", kind: .binary, upper: 1, cost: cost)
                row.append(Term(variable))
                byTask[task].append(Term(variable))
                identity.append(worker == task ? 1 : 0)
                if worker == task { identityCost += cost }
            }
            model.addConstraint("worker\(worker)", row, lower: 1, upper: 1)
        }
        for task in 0..<size { model.addConstraint("task\(task)", byTask[task], lower: 1, upper: 1) }
        return (model, identity, identityCost)
    }

    /// Facilities (fixed cost, capacity): A (10, 5), B (8, 4), C (20, 10); demands 2, 3, 2;
    /// unit costs A [1, 2, 4], B [3, 1, 1], C [1, 1, 1]. C alone costs 20 + 7 = 27. A + B cost 18
    /// plus transport: customer 0 from A (2), customer 2 from B (2), customer 1 two units from B and
    /// one from A since B holds only 4 (2 + 2) = 8, total 26. Any pair with C costs at least 28 + 7.
    /// `openingsFirst`: the openings carry the `branchesFirst` hint.
    static func facilityLocation(openingsFirst: Bool = false) -> Model {
        let fixedCosts: [Double] = [10, 8, 20]
        let capacities: [Double] = [5, 4, 10]
        let demands: [Double] = [2, 3, 2]
        let unitCosts: [[Double]] = [[1, 2, 4], [3, 1, 1], [1, 1, 1]]
        var model = Model(name: "facility")
        let open = fixedCosts.indices.map { model.addVariable("open\($0)", kind: .binary, cost: fixedCosts[$0], branchesFirst: openingsFirst) }
        let ship = unitCosts.indices.map { facility in
            demands.indices.map { customer in
                model.addVariable("ship\(facility)_\(customer)", cost: unitCosts[facility][customer])
            }
        }
        for customer in demands.indices {
            let supply = fixedCosts.indices.map { Term(ship[$0][customer]) }
            model.addConstraint("demand\(customer)", supply, lower: demands[customer], upper: demands[customer])
            for facility in fixedCosts.indices {
                model.addConstraint(
                    "link\(facility)_\(customer)",
                    [Term(ship[facility][customer]), Term(open[facility], -demands[customer])], upper: 0)
            }
        }
        for facility in fixedCosts.indices {
            let load = demands.indices.map { Term(ship[facility][$0]) } + [Term(open[facility], -capacities[facility])]
            model.addConstraint("capacity\(facility)", load, upper: 0)
        }
        return model
    }
    static let facilityOptimum = 26.0

    /// min 2x + 3y with x + y ≥ 4, x + 3y ≥ 6: optimum (3, 1) = 9, duals 1.5 and 0.5.
    static func tinyLP() -> Model {
        var model = Model(name: "tiny")
        let x = model.addVariable("x", cost: 2)
        let y = model.addVariable("y", cost: 3)
        model.addConstraint("r1", [Term(x), Term(y)], lower: 4)
        model.addConstraint("r2", [Term(x), Term(y, 3)], lower: 6)
        return model
    }

    /// A seeded multi-dimensional knapsack with correlated profits. Measured: still 1 % from
    /// proven after 15 s of GLPK (60 × 8 closes in 0.5 s), while incumbents come at once.
    static func hardKnapsack(items: Int = 80, dimensions: Int = 10, seed: UInt64 = 2024) -> Model {
        var random = SplitMix64(seed: seed)
        var model = Model(name: "mkp")
        let weights = (0..<dimensions).map { _ in (0..<items).map { _ in Double(random.next(upTo: 1000) + 1) } }
        let take = (0..<items).map { item in
            let meanWeight = weights.reduce(0) { $0 + $1[item] } / Double(dimensions)
            return model.addVariable("take\(item)", kind: .binary, cost: -(meanWeight + Double(random.next(upTo: 500))))
        }
        for dimension in 0..<dimensions {
            let capacity = (weights[dimension].reduce(0, +) * 0.25).rounded()
            model.addConstraint("dim\(dimension)", zip(take, weights[dimension]).map { Term($0, $1) }, upper: capacity)
        }
        return model
    }
}

/// A small deterministic generator so the hard model is the same on every run.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(upTo bound: UInt64) -> UInt64 { next() % bound }
}
