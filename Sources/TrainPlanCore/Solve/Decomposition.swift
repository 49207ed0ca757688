/// How a decomposed solve cuts an instance, computed once: the blocks in planning order, each block's
/// teachers and dates, the share of time each block gets, how seats are shared while the first plan is built,
/// and the neighbourhoods (several blocks solved together) that the improvement schedule walks through.
struct Decomposition {
    let instance: Instance
    /// Blocks in planning order (`SolveBlock.blocks`).
    let blocks: [SolveBlock]
    /// One block per programme: whole programmes bound better than their district blocks.
    let programmeBlocks: [SolveBlock]
    /// Per block, the teachers it admits and the dates its candidates use.
    let teachers: [Set<Int>]
    let dates: [Set<PlanDate>]
    /// Per block, candidates × admitted teachers: its share of a stage's time is its share of the sum.
    let weights: [Double]
    let seatShares: SeatShares
    /// Per block, the sites its candidates use.
    let sites: [Set<Int>]
    /// Per block, the slices of its candidates held on calendar days, in date order (first day, then site,
    /// then the generator's order), that its "more dates" neighbourhoods offer (`ScheduleSlice`).
    let scheduleSlices: [[ScheduleSlice]]
    /// The neighbourhoods of several blocks, as block indices, each list computed once (see the functions below).
    private(set) var regionPairs: [[Int]] = []
    private(set) var competingBlockPairs: [[Int]] = []
    private(set) var competingProgrammes: [[Int]] = []

    init(instance: Instance, tuning: SearchTuning) {
        self.instance = instance
        let blocks = SolveBlock.blocks(of: instance, regionLinkKm: tuning.regionLinkKm)
        self.blocks = blocks
        programmeBlocks = instance.programmes.indices.map {
            SolveBlock(programme: $0, district: nil, name: instance.programmes[$0].id)
        }
        let candidates = CandidateGenerator(instance: instance).candidates()
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        teachers = blocks.map { block in
            Set(instance.teachers.indices.filter { block.admits($0, in: instance, schools: schoolsByID) })
        }
        let ownCandidates = blocks.map { block in candidates.filter { block.contains($0, in: instance) } }
        scheduleSlices = ownCandidates.map { own in
            let dated = own.filter { !$0.days.isEmpty }.enumerated()
                .sorted { ($0.element.days[0], $0.element.site, $0.offset) < ($1.element.days[0], $1.element.site, $1.offset) }
                .map { CandidateKey($0.element) }
            return ScheduleSlice.slices(of: dated, perSlice: tuning.scheduleSliceCandidates)
        }
        dates = ownCandidates.map { $0.reduce(into: Set<PlanDate>()) { $0.formUnion($1.days) } }
        sites = ownCandidates.map { Set($0.filter { !$0.days.isEmpty }.map(\.site)) }
        let admitted = teachers
        weights = blocks.indices.map { Double(max(1, admitted[$0].count * ownCandidates[$0].count)) }
        seatShares = SeatShares(blocks: blocks, instance: instance, likelyTeachersPerSeat: tuning.likelyTeachersPerSeat)
        regionPairs = findRegionPairs()
        competingBlockPairs = findCompetingBlockPairs()
        competingProgrammes = findCompetingProgrammes()
    }

    /// Block `index`'s share of `seconds` (at least 2 s).
    func share(_ index: Int, of seconds: Double) -> Double {
        max(2, seconds * weights[index] / weights.reduce(0, +))
    }

    /// The indices of one programme's blocks.
    func blocks(of programme: Int) -> [Int] { blocks.indices.filter { blocks[$0].programme == programme } }

    /// Whether two blocks compete: their candidates share a date, and some teacher may join both, or they
    /// share a trainer team or a site (its rooms).
    func compete(_ a: Int, _ b: Int) -> Bool {
        guard !dates[a].isDisjoint(with: dates[b]) else { return false }
        let (first, second) = (instance.programmes[blocks[a].programme], instance.programmes[blocks[b].programme])
        if let team = first.team, team == second.team { return true }
        return !sites[a].isDisjoint(with: sites[b]) || !teachers[a].isDisjoint(with: teachers[b])
    }

    /// Pairs of region blocks (`SiteRegions`) of one programme whose seats are shared, nearest regions first.
    /// The programme's quota ties its regions together and a region re-solved alone cannot hand seats to
    /// another: on a city's 骨干 course (2,146 seats for 4,292 teachers) the regions planned first took every
    /// seat, and the teachers of the last two regions, who would have travelled least, none. (A winter course
    /// for every junior teacher has no seats to trade: its region pairs ran out of time without a gain.)
    private func findRegionPairs() -> [[Int]] {
        var pairs: [(pair: [Int], km: Double)] = []
        for (a, first) in blocks.enumerated() where first.sites != nil && seatShares.shares(programme: first.programme) {
            for b in blocks.indices where b > a && blocks[b].programme == first.programme && blocks[b].sites != nil {
                pairs.append(([a, b], regionDistance(first.sites!, blocks[b].sites!)))
            }
        }
        return pairs.enumerated().sorted { ($0.element.km, $0.offset) < ($1.element.km, $1.offset) }.map(\.element.pair)
    }

    /// Pairs of blocks of different programmes that compete for teachers' dates, most shared teachers first.
    /// A region of a city's 骨干 weekend course and a district of its 送教 weekends must trade teachers'
    /// weekends, which neither can do alone.
    private func findCompetingBlockPairs() -> [[Int]] {
        var pairs: [(pair: [Int], shared: Int)] = []
        for a in blocks.indices {
            for b in blocks.indices where b > a && blocks[b].programme != blocks[a].programme {
                guard !dates[a].isDisjoint(with: dates[b]) else { continue }
                let shared = teachers[a].intersection(teachers[b]).count
                if shared > 0 { pairs.append(([a, b], shared)) }
            }
        }
        return pairs.enumerated().sorted { ($0.element.shared, $1.offset) > ($1.element.shared, $0.offset) }.map(\.element.pair)
    }

    /// Programmes with more than one block, each as one neighbourhood: its blocks share the programme's quota
    /// and its trainer team, which single blocks cannot trade (the 送教 districts of an independent county
    /// left a team's weekends to districts without a sub-quota, and three sub-quotas got no cohort).
    func wholeProgrammes() -> [[Int]] {
        instance.programmes.indices.map { blocks(of: $0) }.filter { $0.count > 1 }
    }

    /// Every programme held on calendar days (not online), all its blocks together: `programmeDates` and
    /// `programmeTeachers` move its cohorts in time, or change who goes, across its blocks.
    func programmesWithDates() -> [[Int]] {
        instance.programmes.indices.filter { instance.programmes[$0].days > 0 }.map { blocks(of: $0) }.filter { !$0.isEmpty }
    }

    /// Pairs of whole programmes whose blocks compete, most competing block pairs first.
    private func findCompetingProgrammes() -> [[Int]] {
        var pairs: [(pair: (Int, Int), weight: Int)] = []
        for first in instance.programmes.indices {
            for second in instance.programmes.indices where second > first {
                var weight = 0
                for a in blocks.indices where blocks[a].programme == first {
                    for b in blocks.indices where blocks[b].programme == second && compete(a, b) { weight += 1 }
                }
                if weight > 0 { pairs.append(((first, second), weight)) }
            }
        }
        return pairs.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.pair < $1.pair }
            .map { blocks(of: $0.pair.0) + blocks(of: $0.pair.1) }
    }

    /// The programmes whose blocks compete with some block of `programme`.
    func programmes(competingWith programme: Int) -> [Int] {
        let own = blocks.indices.filter { blocks[$0].programme == programme }
        return instance.programmes.indices.filter { other in
            other != programme && blocks.indices.contains { b in
                blocks[b].programme == other && own.contains { compete($0, b) }
            }
        }
    }

    /// Kilometres between the closest sites of two regions (every region site is located).
    private func regionDistance(_ first: Set<Int>, _ second: Set<Int>) -> Double {
        var least = Double.infinity
        for a in first {
            for b in second {
                let (siteA, siteB) = (instance.sites[a], instance.sites[b])
                guard let latA = siteA.latitude, let lonA = siteA.longitude, let latB = siteB.latitude, let lonB = siteB.longitude
                else { continue }
                least = min(least, DistanceTable.greatCircleKm(latA, lonA, latB, lonB))
            }
        }
        return least
    }
}
