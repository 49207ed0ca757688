/// A group of rules that can be relaxed on a copy of the instance, to see whether it is what holds a quota
/// back. Each relaxation lifts the rules in the family entirely; the rest of the model is unchanged.
public enum RuleFamily: String, CaseIterable, Sendable {
    /// H8: schools' teachers away on one teaching day.
    case schoolAwayCaps
    /// H5: rooms per date and max cohorts per site.
    case siteCapacity
    /// H4 upper side: seats and cohort_max.
    case cohortSize
    /// H6: trainer team pools.
    case trainerTeams
    /// H1: teachers' own unavailable dates.
    case teacherDates
    /// H1: stage blackouts (exams).
    case blackouts
    /// H2: exclusive groups.
    case exclusivity
    /// Programme windows, day types and site availability: when a cohort may run.
    case schedulingWindows
    /// H1: home district.
    case homeDistrict
    /// H7: quota maxima (programme and sub-quotas); the minima stay.
    case quotaMaxima

    /// True when the instance has rules of this family that could bind.
    func isPresent(in instance: Instance) -> Bool {
        switch self {
        case .schoolAwayCaps, .siteCapacity: true
        case .cohortSize: instance.sites.contains { $0.seats != nil } || instance.programmes.contains { $0.cohortMax != nil }
        case .trainerTeams: instance.programmes.contains { $0.team != nil }
        case .teacherDates: instance.teachers.contains { !$0.unavailable.isEmpty && !$0.tags.contains(Instance.leaveTag) }
        case .blackouts: !instance.calendar.blackouts.isEmpty
        case .exclusivity: instance.programmes.contains { $0.exclusive != nil }
        case .schedulingWindows:
            instance.programmes.contains { $0.window != nil || $0.dayTypes.count < DayType.allCases.count }
                || instance.sites.contains { $0.available != nil }
        case .homeDistrict: instance.programmes.contains(where: \.homeDistrict)
        case .quotaMaxima: instance.quotas.contains { $0.max != nil } || instance.programmes.contains { $0.quotaMax != nil }
        }
    }

    /// The instance with this family's rules lifted.
    func relaxing(_ base: Instance) -> Instance {
        var instance = base
        switch self {
        case .schoolAwayCaps:
            let staff = SchoolStaff(instance: base)
            for index in instance.schools.indices { instance.schools[index].maxAway = max(1, staff.staff(index)) }
        case .siteCapacity:
            let largest = max(1, base.teachers.count)
            for index in instance.sites.indices {
                instance.sites[index].rooms = max(largest, base.sites[index].rooms)
                // A closed site (max_cohorts 0) stays closed: that is a decision, not a capacity.
                if base.sites[index].maxCohorts != 0 { instance.sites[index].maxCohorts = nil }
            }
        case .cohortSize:
            for index in instance.sites.indices { instance.sites[index].seats = nil }
            for index in instance.programmes.indices { instance.programmes[index].cohortMax = nil }
        case .trainerTeams:
            for index in instance.teams.indices { instance.teams[index].limit = max(1, base.teachers.count) }
        case .teacherDates:
            // Teachers on leave stay away: their leave is not a date conflict.
            for index in instance.teachers.indices where !base.teachers[index].tags.contains(Instance.leaveTag) {
                instance.teachers[index].unavailable = []
            }
        case .blackouts:
            instance.calendar.blackouts = []
        case .exclusivity:
            for index in instance.programmes.indices { instance.programmes[index].exclusive = nil }
        case .schedulingWindows:
            for index in instance.programmes.indices {
                instance.programmes[index].window = nil
                instance.programmes[index].dayTypes = Set(DayType.allCases)
            }
            for index in instance.sites.indices where base.sites[index].maxCohorts != 0 { instance.sites[index].available = nil }
        case .homeDistrict:
            for index in instance.programmes.indices { instance.programmes[index].homeDistrict = false }
        case .quotaMaxima:
            for index in instance.programmes.indices {
                // Keeping quota_min while lifting the default max (= min) needs an explicit bound.
                instance.programmes[index].quotaMax = base.teachers.count
            }
            for index in instance.quotas.indices { instance.quotas[index].max = nil }
        }
        return instance
    }

    /// The family in planner words.
    public func name(_ language: Language) -> String {
        switch self {
        case .schoolAwayCaps: language.pick("学校单日外出上限", "school away caps")
        case .siteCapacity: language.pick("培训点教室数和班次上限", "site rooms and max cohorts")
        case .cohortSize: language.pick("座位数和开班人数上限", "seats and cohort maximum")
        case .trainerTeams: language.pick("培训团队同时开班上限", "trainer team limits")
        case .teacherDates: language.pick("教师本人不可参训日期", "teachers' unavailable dates")
        case .blackouts: language.pick("学段禁训日期（如考试）", "stage blackouts (exams)")
        case .exclusivity: language.pick("互斥组（只能参加其一）", "exclusive groups")
        case .schedulingWindows: language.pick("时间窗、日期类型和培训点可用日期", "windows, day types and site availability")
        case .homeDistrict: language.pick("本学区参训要求", "home-district rule")
        case .quotaMaxima: language.pick("名额上限", "quota maxima")
        }
    }
}
