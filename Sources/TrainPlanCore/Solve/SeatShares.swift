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
    private let blocks: [SolveBlock]
    private let instance: Instance

    init(blocks: [SolveBlock], instance: Instance, likelyTeachersPerSeat: Int) {
        self.blocks = blocks
        self.instance = instance
        var weight: [Int: Int] = [:]
        let likely = LikelyTeachers(instance: instance, margin: likelyTeachersPerSeat)
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
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
        }
        self.weight = weight
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
        let taken = plan.cohorts.filter { $0.programme == programme }.reduce(0) { $0 + $1.teachers.count }
        let left = max(0, seats - taken)
        let share = Int((Double(left) * Double(own) / Double(own + later)).rounded())
        return [programme: left - share]
    }

    /// The seats a programme's quota asks for: its minimum, else its maximum; nil when it has neither.
    private static func seats(of programme: Int, in instance: Instance) -> Int? {
        let programme = instance.programmes[programme]
        let minimum = instance.quotaMinSeats(programme)
        let seats = minimum > 0 ? minimum : instance.quotaMaxSeats(programme) ?? 0
        return seats > 0 ? seats : nil
    }
}
