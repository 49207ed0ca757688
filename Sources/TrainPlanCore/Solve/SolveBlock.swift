/// A part of the candidate set solved as one sub-model when an instance is too large for one MIP:
/// one programme, or one programme in one district when the programme keeps teachers in their home district
/// (then districts share only the programme's total quota and its trainer team).
public struct SolveBlock: Sendable {
    public var programme: Int
    /// The district of the block's sites; nil = every allowed site.
    public var district: String?
    public var name: String

    func contains(_ candidate: CandidateCohort, in instance: Instance) -> Bool {
        candidate.programme == programme && (district == nil || instance.sites[candidate.site].district == district)
    }

    /// Blocks in solving order: programmes whose quota is hardest to fill (fewest eligible teachers per
    /// required seat) first, so that they get first pick of rooms, teams and teachers' dates.
    static func blocks(of instance: Instance) -> [SolveBlock] {
        let generator = CandidateGenerator(instance: instance)
        let scarcity: [Double] = instance.programmes.map { programme in
            let required = instance.quotaMinSeats(programme)
            guard required > 0 else { return .infinity }
            let eligible = instance.teachers.reduce(0) { $0 + (instance.meetsProfile($1, of: programme) ? 1 : 0) }
            return Double(eligible) / Double(required)
        }
        let order = instance.programmes.indices.sorted {
            scarcity[$0] != scarcity[$1] ? scarcity[$0] < scarcity[$1] : $0 < $1
        }
        return order.flatMap { index -> [SolveBlock] in
            let programme = instance.programmes[index]
            guard programme.homeDistrict else { return [SolveBlock(programme: index, district: nil, name: programme.id)] }
            let districts = Set(generator.allowedSites(programme).compactMap { instance.sites[$0].district }).sorted()
            return districts.map { SolveBlock(programme: index, district: $0, name: "\(programme.id)/\($0)") }
        }
    }
}
