/// Which quotas.csv rows a teacher of a given school counts toward in a given programme.
struct SubQuotaScopes {
    /// Programme index → school index → quota row indices.
    private var rowsBySchool: [[Int: [Int]]]

    init(instance: Instance) {
        let programmeIndex = Dictionary(instance.programmes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        rowsBySchool = Array(repeating: [:], count: instance.programmes.count)
        for (row, quota) in instance.quotas.enumerated() {
            guard let programme = programmeIndex[quota.program] else { continue }
            for (school, record) in instance.schools.enumerated() {
                let inScope = quota.scope == .district ? record.district == quota.scopeID : record.id == quota.scopeID
                if inScope { rowsBySchool[programme][school, default: []].append(row) }
            }
        }
    }

    func rows(programme: Int, school: Int) -> [Int] { rowsBySchool[programme][school] ?? [] }
}
