/// Builds the SPEC's reference candidate set: for every valid start of the first block, each later
/// block starts at the earliest valid date ≥ max(previous start + gap_days, previous end + 1).
public struct CandidateGenerator: Sendable {
    public let instance: Instance

    public init(instance: Instance) { self.instance = instance }

    /// Site indices a programme may use: its explicit list, else every site of its mode's kinds.
    public func allowedSites(_ programme: Programme) -> [Int] {
        if !programme.sites.isEmpty {
            let wanted = Set(programme.sites)
            return instance.sites.indices.filter { wanted.contains(instance.sites[$0].id) }
        }
        let kinds = programme.mode.defaultSiteKinds
        return instance.sites.indices.filter { kinds.contains(instance.sites[$0].kind) }
    }

    public func candidates() -> [CandidateCohort] {
        instance.programmes.indices.flatMap { programmeIndex in
            allowedSites(instance.programmes[programmeIndex]).flatMap { siteIndex in
                schedules(programme: programmeIndex, site: siteIndex)
            }
        }
    }

    public func schedules(programme programmeIndex: Int, site siteIndex: Int) -> [CandidateCohort] {
        let programme = instance.programmes[programmeIndex]
        let site = instance.sites[siteIndex]
        if programme.mode == .online || programme.days == 0 {
            return [CandidateCohort(programme: programmeIndex, site: siteIndex, sessions: [], days: [])]
        }
        let calendar = instance.calendar
        let horizon = calendar.dates
        let usable = horizon.map { date in
            programme.dayTypes.contains(calendar.dayType(date))
                && (programme.window?.contains(date) ?? true)
                && (site.available?.contains(date) ?? true)
        }
        // A block may start at offset i when `days` consecutive dates from i are usable.
        let length = programme.days
        var blockStarts = [Bool](repeating: false, count: horizon.count)
        var run = 0
        for offset in stride(from: horizon.count - 1, through: 0, by: -1) {
            run = usable[offset] ? run + 1 : 0
            blockStarts[offset] = run >= length
        }
        // Earliest block start at or after each offset, for the later blocks.
        var nextStart = [Int?](repeating: nil, count: horizon.count + 1)
        for offset in stride(from: horizon.count - 1, through: 0, by: -1) {
            nextStart[offset] = blockStarts[offset] ? offset : nextStart[offset + 1]
        }

        var result: [CandidateCohort] = []
        for first in horizon.indices where blockStarts[first] {
            var starts = [first]
            while starts.count < programme.sessions {
                let previous = starts[starts.count - 1]
                let earliest = max(previous + programme.gapDays, previous + length)
                guard earliest < horizon.count, let next = nextStart[earliest] else { break }
                starts.append(next)
            }
            guard starts.count == programme.sessions else { continue }
            let sessions = starts.map { DateRange(first: horizon[$0], last: horizon[$0 + length - 1]) }
            result.append(CandidateCohort(
                programme: programmeIndex, site: siteIndex, sessions: sessions,
                days: sessions.flatMap(\.dates)
            ))
        }
        return result
    }
}
