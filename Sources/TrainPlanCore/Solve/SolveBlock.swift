/// A part of the candidate set solved as one sub-model when an instance is too large for one MIP:
/// one programme; or one programme in one district when the programme keeps teachers in their home district
/// (then districts share only the programme's total quota and its trainer team); or one programme in one
/// region of its sites, with the teachers nearest to them (`SiteRegions`), when its sites lie far apart.
public struct SolveBlock: Sendable {
    public var programme: Int
    /// The district of the block's sites; nil = every allowed site.
    public var district: String?
    public var name: String
    /// A region's sites and the teachers it plans for; nil = all.
    var sites: Set<Int>? = nil
    var teachers: Set<Int>? = nil

    /// Quotas that concern only this block's teachers. A district block of a programme does not own the
    /// programme's total quota, only the sub-quotas inside its district.
    func ownsQuota(_ row: QuotaRow, in instance: Instance) -> Bool {
        switch row {
        case .programme(let index):
            return index == programme && district == nil && sites == nil
        case .subQuota(let index):
            let quota = instance.quotas[index]
            guard quota.program == instance.programmes[programme].id else { return false }
            guard let district else { return true }
            switch quota.scope {
            case .district: return quota.scopeID == district
            case .school: return instance.schools.first { $0.id == quota.scopeID }?.district == district
            }
        }
    }

    func contains(_ candidate: CandidateCohort, in instance: Instance) -> Bool {
        candidate.programme == programme && covers(site: candidate.site, in: instance)
    }

    /// Whether teacher `index` may join this block's cohorts: eligible for its programme, one of its region's
    /// teachers, and in its district. `schools`: the instance's schools by id.
    func admits(_ index: Int, in instance: Instance, schools: [String: School]) -> Bool {
        let teacher = instance.teachers[index]
        return instance.meetsProfile(teacher, of: instance.programmes[programme]) && (teachers?.contains(index) ?? true)
            && (district == nil || schools[teacher.school]?.district == district)
    }

    func covers(site: Int, in instance: Instance) -> Bool {
        (district == nil || instance.sites[site].district == district) && (sites?.contains(site) ?? true)
    }

    /// Blocks in solving order: programmes whose quota is hardest to fill (fewest eligible teachers per
    /// required seat) first, so that they get first pick of rooms, teams and teachers' dates.
    /// `regionLinkKm`: see `SearchTuning.regionLinkKm`.
    static func blocks(of instance: Instance, regionLinkKm: Double = SearchTuning().regionLinkKm) -> [SolveBlock] {
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
            guard programme.homeDistrict else {
                let regions = SiteRegions(programme: index, in: instance, linkKm: regionLinkKm).regions
                guard regions.count > 1 else { return [SolveBlock(programme: index, district: nil, name: programme.id)] }
                return regions.map { region in
                    let first = instance.sites[region.sites.min()!].id
                    return SolveBlock(programme: index, district: nil, name: "\(programme.id)@\(first)",
                                      sites: region.sites, teachers: region.teachers)
                }
            }
            let districts = Set(generator.allowedSites(programme).compactMap { instance.sites[$0].district }).sorted()
            return districts.map { SolveBlock(programme: index, district: $0, name: "\(programme.id)/\($0)") }
        }
    }
}
