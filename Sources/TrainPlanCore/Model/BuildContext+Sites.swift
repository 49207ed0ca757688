import MIP

extension BuildContext {
    /// Rows Σ y ≤ limit for each date's set of active candidates, skipping sets whose opening bounds
    /// already keep the sum within the limit and sets contained in another date's set.
    mutating func addOpeningLimitRows(name: String, candidateSetsByDate: [PlanDate: [Int]], limit: Int) {
        let needed = candidateSetsByDate.keys.sorted().compactMap { date -> [Int]? in
            let set = candidateSetsByDate[date]!
            return set.reduce(0) { $0 + openingLimit[$1] } > limit ? set : nil
        }
        for set in MaximalSets.keep(needed) {
            model.addConstraint(name, set.map { Term(openings[$0]) }, upper: Double(limit))
        }
    }

    /// H5: rooms per site and date (online cohorts use no rooms), and max_cohorts per site over the horizon.
    mutating func addSiteRows() {
        var bySite: [Int: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() { bySite[candidate.site, default: []].append(index) }
        for siteIndex in bySite.keys.sorted() {
            let site = instance.sites[siteIndex]
            let members = bySite[siteIndex]!
            var byDate: [PlanDate: [Int]] = [:]
            for index in members {
                for day in candidates[index].days { byDate[day, default: []].append(index) }
            }
            addOpeningLimitRows(name: "rooms_\(site.id)", candidateSetsByDate: byDate, limit: site.rooms)
            if let maxCohorts = site.maxCohorts, members.reduce(0, { $0 + openingLimit[$1] }) > maxCohorts {
                model.addConstraint(
                    "max_cohorts_\(site.id)", members.map { Term(openings[$0]) }, upper: Double(maxCohorts)
                )
            }
        }
    }

    /// H6: per trainer pool and date, active cohorts of its programmes ≤ the pool size.
    mutating func addTeamRows() {
        for pool in instance.teams {
            var byDate: [PlanDate: [Int]] = [:]
            for (index, candidate) in candidates.enumerated() where instance.programmes[candidate.programme].team == pool.name {
                for day in candidate.days { byDate[day, default: []].append(index) }
            }
            addOpeningLimitRows(name: "team_\(pool.name)", candidateSetsByDate: byDate, limit: pool.limit)
        }
    }
}
