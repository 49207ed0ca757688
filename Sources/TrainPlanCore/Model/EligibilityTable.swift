/// Which teacher groups may join which candidate (H1: profile, unavailable dates, stage blackouts, home district).
struct EligibilityTable {
    private var groupsByCandidate: [[Int]]

    init(instance: Instance, groups: [TeacherGroup], candidates: [CandidateCohort], admits: (TeacherGroup) -> Bool) {
        var byProgramme: [Int: [Int]] = [:]
        for (index, group) in groups.enumerated() where admits(group) {
            for programme in group.programmes { byProgramme[programme, default: []].append(index) }
        }
        groupsByCandidate = candidates.map { candidate in
            let programme = instance.programmes[candidate.programme]
            let site = instance.sites[candidate.site]
            var blackedOutStages: [Stage: Bool] = [:]
            return (byProgramme[candidate.programme] ?? []).filter { groupIndex in
                let group = groups[groupIndex]
                if programme.homeDistrict {
                    guard let district = site.district, district == instance.schools[group.school].district
                    else { return false }
                }
                if candidate.days.contains(where: group.unavailable.contains) { return false }
                let blackedOut = blackedOutStages[group.stage] ?? candidate.days.contains {
                    instance.calendar.isBlackedOut($0, for: group.stage)
                }
                blackedOutStages[group.stage] = blackedOut
                return !blackedOut
            }
        }
    }

    func groups(for candidate: Int) -> [Int] { groupsByCandidate[candidate] }
}
