/// The scalar keys of instance.toml as the settings sheet lists them (SPEC "instance.toml"), with a note for
/// planners.
public enum SettingsKey: String, CaseIterable, Sendable {
    case name
    case calendarStart = "calendar.start"
    case calendarEnd = "calendar.end"
    case weeklyPeriods = "defaults.weekly_periods"
    case maxAwayShare = "defaults.max_away_share"
    case softAwayShare = "defaults.soft_away_share"
    case roadFactor = "defaults.road_factor"
    case targetHours = "defaults.target_hours"
    case shortfall = "weights.shortfall"
    case teachingDay = "weights.teaching_day"
    case weekendDay = "weights.weekend_day"
    case holidayDay = "weights.holiday_day"
    case concentration = "weights.concentration"
    case km = "weights.km"
    case priority = "weights.priority"

    /// The SPEC default; nil for the name and the horizon, which the planner must give.
    var defaultValue: Double? {
        let defaults = Defaults()
        let weights = Weights()
        return switch self {
        case .name, .calendarStart, .calendarEnd: nil
        case .weeklyPeriods: defaults.weeklyPeriods
        case .maxAwayShare: defaults.maxAwayShare
        case .softAwayShare: defaults.softAwayShare
        case .roadFactor: defaults.roadFactor
        case .targetHours: defaults.targetHours
        case .shortfall: weights.shortfall
        case .teachingDay: weights.teachingDay
        case .weekendDay: weights.weekendDay
        case .holidayDay: weights.holidayDay
        case .concentration: weights.concentration
        case .km: weights.km
        case .priority: weights.priority
        }
    }

    func value(in instance: Instance) -> InstanceWorkbookContent.Value {
        let defaults = instance.defaults
        let weights = instance.weights
        return switch self {
        case .name: .text(instance.name)
        case .calendarStart: .text(instance.calendar.start.description)
        case .calendarEnd: .text(instance.calendar.end.description)
        case .weeklyPeriods: .number(defaults.weeklyPeriods)
        case .maxAwayShare: .number(defaults.maxAwayShare)
        case .softAwayShare: .number(defaults.softAwayShare)
        case .roadFactor: .number(defaults.roadFactor)
        case .targetHours: .number(defaults.targetHours)
        case .shortfall: .number(weights.shortfall)
        case .teachingDay: .number(weights.teachingDay)
        case .weekendDay: .number(weights.weekendDay)
        case .holidayDay: .number(weights.holidayDay)
        case .concentration: .number(weights.concentration)
        case .km: .number(weights.km)
        case .priority: .number(weights.priority)
        }
    }

    var note: String {
        switch self {
        case .name: "实例名称，如“甲县 2026 秋季”（可空，默认为文件名）"
        case .calendarStart: "计划期开始日期 YYYY-MM-DD（必填）"
        case .calendarEnd: "计划期结束日期 YYYY-MM-DD（必填，含当天）"
        case .weeklyPeriods: "教师未填周课时时的默认值，也是“标准课时量”"
        case .maxAwayShare: "一所学校在教学日最多外出教师的比例（硬约束，0–1）"
        case .softAwayShare: "超过此比例后，每多一人天外出计集中度费用（0–1）"
        case .roadFactor: "道路里程与直线距离之比（至少 1）"
        case .targetHours: "每周期应修学时，用于优先安排学时不足的教师"
        case .shortfall: "每个未完成名额的费用（分）"
        case .teachingDay: "标准课时教师每占用一个教学日的费用"
        case .weekendDay: "每占用一个周末日的费用"
        case .holidayDay: "每占用一个假期日的费用"
        case .concentration: "超过软比例后每人天的集中度费用"
        case .km: "每公里交通费用"
        case .priority: "学时不足教师参训的奖励"
        }
    }
}
