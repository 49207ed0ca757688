import MIP

extension BuildContext {
    /// Rows Σ y ≤ limit(date) for each date's set of active candidates, skipping sets whose opening bounds
    /// already keep the sum within the limit and sets contained in another date's set with the same limit.
    mutating func addOpeningLimitRows(name: String, candidateSetsByDate: [PlanDate: [Int]], limits: [PlanDate: Int]) {
        var setsByLimit: [Int: [[Int]]] = [:]
        for date in candidateSetsByDate.keys.sorted() {
            let set = candidateSetsByDate[date]!
            let dateLimit = limits[date]!
            if set.reduce(0, { $0 + openingLimit[$1] }) > dateLimit { setsByLimit[dateLimit, default: []].append(set) }
        }
        for dateLimit in setsByLimit.keys.sorted() {
            for set in MaximalSets.keep(setsByLimit[dateLimit]!) {
                model.addConstraint(name, set.map { Term(openings[$0]) }, upper: Double(Swift.max(0, dateLimit)))
            }
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
            let free = Dictionary(uniqueKeysWithValues: byDate.keys.map { ($0, freeRooms(site: siteIndex, on: $0)) })
            addOpeningLimitRows(name: "rooms_\(site.id)", candidateSetsByDate: byDate, limits: free)
            if let maxCohorts = site.maxCohorts {
                let left = maxCohorts - (fixed.cohortsAtSite[siteIndex] ?? 0)
                if members.reduce(0, { $0 + openingLimit[$1] }) > left {
                    model.addConstraint("max_cohorts_\(site.id)", members.map { Term(openings[$0]) }, upper: Double(Swift.max(0, left)))
                }
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
            let free = Dictionary(uniqueKeysWithValues: byDate.keys.map { ($0, freeTeamSlots(pool, on: $0)) })
            addOpeningLimitRows(name: "team_\(pool.name)", candidateSetsByDate: byDate, limits: free)
        }
    }
}
