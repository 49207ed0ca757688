/// How a programme's seats are shared between its blocks (regions or districts, see `SolveBlock`) while the
/// first plan is built. Planned one after another, each block would fill as many seats as it can while the
/// programme's quota is short: on a city's 骨干 course (2,146 seats for 4,292 teachers) the regions planned
/// first took every seat, and the teachers of the last two, near their own county centre, stayed home; each
/// district of a 送教 programme trained up to its maximum where its minimum would do. Each block now gets the
/// share of the seats left that its teachers hold among the programme's cheapest
/// (`LikelyTeachers.costEstimate`), and the seats of the blocks after it are held back while it is planned.
struct SeatShares {
    /// Per block with later blocks of its programme (by position in the block list): its teachers among
    /// the programme's cheapest.
    private let weight: [Int: Int]
    /// Per programme with shared seats, its sub-quotas' minimums with the blocks that admit their teachers.
    private let subQuotas: [Int: [(quota: Quota, blocks: Set<Int>)]]
    private let blocks: [SolveBlock]
    private let instance: Instance
    private let schoolsByID: [String: School]

    init(blocks: [SolveBlock], instance: Instance, likelyTeachersPerSeat: Int) {
        self.blocks = blocks
        self.instance = instance
        var weight: [Int: Int] = [:]
        var subQuotas: [Int: [(quota: Quota, blocks: Set<Int>)]] = [:]
        let likely = LikelyTeachers(instance: instance, margin: likelyTeachersPerSeat)
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.schoolsByID = schoolsByID
        for programme in instance.programmes.indices where blocks.filter({ $0.programme == programme }).count > 1 {
            guard let seats = Self.seats(of: programme, in: instance) else { continue }
            let estimate = likely.costEstimate(programme: programme)
            let eligible = instance.teachers.indices.filter { instance.meetsProfile(instance.teachers[$0], of: instance.programmes[programme]) }
            // A quota for everyone needs no sharing: each block trains all of its own teachers.
            guard seats < eligible.count else { continue }
            let cheapest = eligible.map { ($0, estimate($0)) }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : instance.teachers[$0.0].id < instance.teachers[$1.0].id }
                .prefix(seats).map(\.0)
            for (index, block) in blocks.enumerated() where block.programme == programme {
                weight[index] = cheapest.filter { block.admits($0, in: instance, schools: schoolsByID) }.count
            }
            subQuotas[programme] = instance.quotas.filter { $0.program == instance.programmes[programme].id && $0.min > 0 }.map { quota in
                let inScope = eligible.filter { instance.teacher($0, isIn: quota, schools: schoolsByID) }
                let admitting = blocks.indices.filter { index in
                    blocks[index].programme == programme && inScope.contains { blocks[index].admits($0, in: instance, schools: schoolsByID) }
                }
                return (quota, Set(admitting))
            }
        }
        self.weight = weight
        self.subQuotas = subQuotas
    }

    /// Whether the programme's blocks share seats (its quota does not cover everyone it admits): only then can
    /// two of its regions gain by trading seats.
    func shares(programme: Int) -> Bool {
        weight.keys.contains { blocks[$0].programme == programme }
    }

    /// Seats to hold back while block `index` is planned after `plan`: those of the programme's later blocks.
    func held(whilePlanning index: Int, after plan: Plan) -> [Int: Int] {
        guard let own = weight[index] else { return [:] }
        let programme = blocks[index].programme
        let later = weight.filter { $0.key > index && blocks[$0.key].programme == programme }.values.reduce(0, +)
        guard later > 0, let seats = Self.seats(of: programme, in: instance) else { return [:] }
        let planned = plan.cohorts.filter { $0.programme == programme }.flatMap(\.teachers)
        let left = max(0, seats - planned.count)
        let share = Int((Double(left) * Double(own) / Double(own + later)).rounded())
        return [programme: min(left, max(left - share, laterMinimums(programme, after: index, planned: planned)))]
    }

    /// The seats that sub-quotas only later blocks can fill still need: held too, or this block fills seats
    /// the later ones must fill again for their own minimums (a 送教 programme whose district minimums add up
    /// to its quota trained 1,945 teachers for 1,892 seats, the districts planned first taking their share of
    /// the programme's cheapest teachers).
    private func laterMinimums(_ programme: Int, after index: Int, planned: [Int]) -> Int {
        (subQuotas[programme] ?? []).filter { !$0.blocks.isEmpty && $0.blocks.allSatisfy { $0 > index } }.reduce(0) { total, entry in
            total + max(0, entry.quota.min - planned.filter { instance.teacher($0, isIn: entry.quota, schools: schoolsByID) }.count)
        }
    }

    /// The seats a programme's quota asks for: its minimum, else its maximum; nil when it has neither.
    private static func seats(of programme: Int, in instance: Instance) -> Int? {
        let programme = instance.programmes[programme]
        let minimum = instance.quotaMinSeats(programme)
        let seats = minimum > 0 ? minimum : instance.quotaMaxSeats(programme) ?? 0
        return seats > 0 ? seats : nil
    }
}
