/// A programme's allowed sites in regions: sites within `linkKm` of one another (great circle, chained) share
/// a region, and each eligible teacher belongs to the region of their nearest allowed site. A city's winter
/// course open at every county's centre is then planned county by county, in blocks of a county's size,
/// instead of one block of half a million columns that GLPK cannot solve in time.
struct SiteRegions {
    struct Region {
        var sites: Set<Int>
        var teachers: Set<Int>
    }

    let regions: [Region]

    init(programme index: Int, in instance: Instance, linkKm: Double = 30) {
        let programme = instance.programmes[index]
        let sites = CandidateGenerator(instance: instance).allowedSites(programme).sorted()
        let located = sites.filter { instance.sites[$0].latitude != nil && instance.sites[$0].longitude != nil }
        guard located.count > 1, located.count == sites.count else {
            regions = [Region(sites: Set(sites), teachers: [])]
            return
        }
        // Single-linkage clusters by a union-find over site pairs closer than linkKm.
        var parent = Array(located.indices)
        func root(_ node: Int) -> Int { parent[node] == node ? node : root(parent[node]) }
        for a in located.indices {
            for b in located.indices where b > a {
                let (first, second) = (instance.sites[located[a]], instance.sites[located[b]])
                let km = DistanceTable.greatCircleKm(first.latitude!, first.longitude!, second.latitude!, second.longitude!)
                if km <= linkKm { parent[root(b)] = root(a) }
            }
        }
        var regionOfRoot: [Int: Int] = [:]
        var regionSites: [Set<Int>] = []
        var regionOfSite: [Int: Int] = [:]
        for node in located.indices {
            let region = regionOfRoot[root(node)] ?? {
                regionSites.append([])
                regionOfRoot[root(node)] = regionSites.count - 1
                return regionSites.count - 1
            }()
            regionSites[region].insert(located[node])
            regionOfSite[located[node]] = region
        }
        var regionTeachers = [Set<Int>](repeating: [], count: regionSites.count)
        if regionSites.count > 1 {
            let distances = DistanceTable(instance: instance)
            for (teacherIndex, teacher) in instance.teachers.enumerated() where instance.meetsProfile(teacher, of: programme) {
                let nearest = located.min {
                    let (a, b) = (distances.km(school: teacher.school, site: instance.sites[$0].id),
                                  distances.km(school: teacher.school, site: instance.sites[$1].id))
                    return a != b ? a < b : $0 < $1
                }!
                regionTeachers[regionOfSite[nearest]!].insert(teacherIndex)
            }
        }
        regions = zip(regionSites, regionTeachers).map { Region(sites: $0, teachers: $1) }
    }
}
