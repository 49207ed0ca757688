/// Gives one group's assignment counts to its individual teachers so that nobody is in two cohorts of one
/// H2 class or on one date twice, reaching as many distinct teachers as there are seats (the priority
/// reward counts distinct teachers), picking teachers in the group's order.
struct GroupTimetable {
    let instance: Instance
    let model: PlanningModel
    let group: Int

    /// Teachers per candidate, or nil when no valid split was found.
    func split(_ demands: [(candidate: Int, count: Int)]) -> [(Int, [Int])]? {
        let teachers = model.groups[group].teachers
        // Longest cohorts first: they are the hardest to place.
        let units = demands.sorted {
            let (a, b) = (model.candidates[$0.candidate].days.count, model.candidates[$1.candidate].days.count)
            return a != b ? a > b : $0.candidate < $1.candidate
        }.flatMap { demand in Array(repeating: demand.candidate, count: demand.count) }
        var load = [[Int]](repeating: [], count: teachers.count)
        // Nearly always the greedy pass succeeds; the search is for the rare tangles of multi-session cohorts,
        // and is kept small (its depth is the number of seats). Failing both, the caller ungroups the teachers.
        guard placeGreedily(units, load: &load)
            || (units.count <= 400 && place(units, at: 0, load: &load, budget: 20_000).placed)
        else { return nil }

        var result: [Int: [Int]] = [:]
        for (slot, candidates) in load.enumerated() {
            for candidate in candidates { result[candidate, default: []].append(teachers[slot]) }
        }
        return result.keys.sorted().map { ($0, result[$0]!) }
    }

    /// Each seat to the least-loaded compatible teacher, first in the group's order; no going back.
    /// While some teacher has nothing yet, that is the first such teacher (slots fill in order).
    private func placeGreedily(_ units: [Int], load: inout [[Int]]) -> Bool {
        var firstEmpty = 0
        for candidate in units {
            if firstEmpty < load.count {
                load[firstEmpty].append(candidate)
                firstEmpty += 1
                continue
            }
            var best: Int?
            for slot in load.indices where load[slot].allSatisfy({ compatible($0, candidate) }) {
                if best == nil || load[slot].count < load[best!].count { best = slot }
            }
            guard let slot = best else {
                load = load.map { _ in [] }
                return false
            }
            load[slot].append(candidate)
        }
        return true
    }

    /// Depth-first placement, trying the least-loaded compatible teacher first; `budget` bounds the search.
    private func place(_ units: [Int], at position: Int, load: inout [[Int]], budget: Int) -> (placed: Bool, budget: Int) {
        guard position < units.count else { return (true, budget) }
        var budget = budget - 1
        guard budget > 0 else { return (false, 0) }
        let candidate = units[position]
        let order = load.indices.sorted { load[$0].count != load[$1].count ? load[$0].count < load[$1].count : $0 < $1 }
        for slot in order where load[slot].allSatisfy({ compatible($0, candidate) }) {
            load[slot].append(candidate)
            let outcome = place(units, at: position + 1, load: &load, budget: budget)
            if outcome.placed { return outcome }
            budget = outcome.budget
            load[slot].removeLast()
            if budget <= 0 { return (false, 0) }
        }
        return (false, budget)
    }

    private func compatible(_ a: Int, _ b: Int) -> Bool {
        let (first, second) = (model.candidates[a], model.candidates[b])
        if a == b { return false }
        let (p, q) = (instance.programmes[first.programme], instance.programmes[second.programme])
        if first.programme == second.programme { return false }
        if let group = p.exclusive, group == q.exclusive { return false }
        return Self.disjoint(first.days, second.days)
    }

    /// Whether two ascending date lists share no date, without allocating.
    static func disjoint(_ a: [PlanDate], _ b: [PlanDate]) -> Bool {
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] { return false }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }
}
