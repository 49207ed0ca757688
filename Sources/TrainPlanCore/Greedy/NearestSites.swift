/// The sites a programme may use for a school's teachers, nearest first by road km (ties by site order).
/// `home_district` programmes list only sites serving the school's own district.
struct NearestSites {
    private let instance: Instance
    private let distances: DistanceTable
    private let allowed: [[Int]]
    private var cache: [Key: [Int]] = [:]

    private struct Key: Hashable {
        var programme: Int
        var school: Int
    }

    init(instance: Instance) {
        self.instance = instance
        distances = DistanceTable(instance: instance)
        let generator = CandidateGenerator(instance: instance)
        allowed = instance.programmes.map { generator.allowedSites($0) }
    }

    mutating func sites(programme: Int, school: Int) -> [Int] {
        let key = Key(programme: programme, school: school)
        if let cached = cache[key] { return cached }
        let record = instance.schools[school]
        let reachable = allowed[programme].filter { site in
            !instance.programmes[programme].homeDistrict || instance.sites[site].district == record.district
        }
        let km = Dictionary(uniqueKeysWithValues: reachable.map {
            ($0, distances.km(school: record.id, site: instance.sites[$0].id))
        })
        let ordered = reachable.sorted { km[$0]! != km[$1]! ? km[$0]! < km[$1]! : $0 < $1 }
        cache[key] = ordered
        return ordered
    }
}
