/// Drops sets that equal or lie inside another set: a "Σ ≤ limit" row over a superset implies the row over
/// its subsets when the limit is the same and every coefficient is 1 and every variable is non-negative.
enum MaximalSets {
    /// Each input set must be sorted ascending. Keeps first-seen order of the survivors.
    static func keep(_ sets: [[Int]]) -> [[Int]] {
        let unique = Array(Set(sets)).sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        var kept: [Set<Int>] = []
        var survivors = Set<[Int]>()
        for set in unique {
            let members = Set(set)
            if kept.contains(where: { members.isSubset(of: $0) }) { continue }
            kept.append(members)
            survivors.insert(set)
        }
        var seen = Set<[Int]>()
        return sets.filter { survivors.contains($0) && seen.insert($0).inserted }
    }
}
