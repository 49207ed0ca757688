import TrainPlanCore

/// What each column of the instance workbook means and which values it takes, as the note on its header
/// cell, and the drop-down list of its values where there is a fixed set (SPEC "Instance: a folder").
enum TemplateColumnNotes {
    static let stages = ["幼儿园", "小学", "初中", "高中", "中职"]
    static let modes = ["集中", "送教", "脱产", "网络"]
    static let siteKinds = ["县级培训中心", "送教点", "县外基地", "网络"]
    static let dayTypes = ["教学日", "周末", "假期"]
    static let booleans = ["是", "否"]
    static let calendarTypes = ["假期", "调休上班", "禁训"]
    static let levels = ["国培", "省培", "市培", "县培", "校本"]
    static let scopes = ["学区", "学校"]

    /// A drop-down's values, and whether the cell may hold other text too (a list such as `小学;初中`).
    struct Choices {
        let values: [String]
        let allowsOther: Bool
    }

    static func choices(_ sheet: WorkbookSheet, _ column: String) -> Choices? {
        switch (sheet, column) {
        case (.teachers, "stage"): Choices(values: stages, allowsOther: false)
        case (.programmes, "stages"), (.calendar, "stages"): Choices(values: stages, allowsOther: true)
        case (.programmes, "mode"): Choices(values: modes, allowsOther: false)
        case (.programmes, "day_types"): Choices(values: dayTypes, allowsOther: true)
        case (.programmes, "level"): Choices(values: levels, allowsOther: true)
        case (.sites, "kind"): Choices(values: siteKinds, allowsOther: false)
        case (.schools, "rural"), (.sites, "lodging"), (.programmes, "home_district"):
            Choices(values: booleans, allowsOther: false)
        case (.calendar, "type"): Choices(values: calendarTypes, allowsOther: false)
        case (.quotas, "scope"): Choices(values: scopes, allowsOther: false)
        default: nil
        }
    }

    static func note(_ sheet: WorkbookSheet, _ column: ColumnSpec) -> String {
        let required = column.isRequired ? "（必填）" : ""
        return "\(column.name)\(required)：\(meaning(sheet, column.name))"
    }

    private static let dateList = "日期列表：YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD，多项用 ; 分隔"

    private static func meaning(_ sheet: WorkbookSheet, _ column: String) -> String {
        switch (sheet, column) {
        case (.settings, "key"): "设置项名称，如 calendar.start；不要改动"
        case (.settings, "value"): "设置值；空 = 默认值"
        case (.settings, "note"): "说明，读取时忽略"
        case (.calendar, "type"): "假期、调休上班（周末上班）或禁训（该学段不安排培训）"
        case (.calendar, "dates"): dateList
        case (.calendar, "stages"): "仅用于禁训：适用的学段，多项用 ; 分隔；空 = 全部学段"
        case (.teams, "team"): "培训团队名称，培训项目的“培训团队”列引用它"
        case (.teams, "size"): "同一天最多同时进行的班次数（整数）"
        case (.schools, "id"): "学校编号，唯一；教师表引用它"
        case (.schools, "name"), (.sites, "name"), (.programmes, "name"): "名称"
        case (.schools, "district"): "学区"
        case (.schools, "lat"), (.sites, "lat"): "纬度（小数，如 26.5）"
        case (.schools, "lon"), (.sites, "lon"): "经度（小数，如 107.5）"
        case (.schools, "rural"): "是否乡村学校：是/否，默认否"
        case (.schools, "max_away"): "教学日最多外出教师数（整数）；空 = 按比例计算"
        case (.teachers, "id"): "工号，唯一"
        case (.teachers, "name"): "姓名"
        case (.teachers, "school"): "学校编号（学校表中的编号）"
        case (.teachers, "stage"): "学段：幼儿园、小学、初中、高中、中职"
        case (.teachers, "subject"): "学科，如 语文"
        case (.teachers, "tags"): "标签，多项用 ; 分隔，如 骨干;班主任"
        case (.teachers, "weekly_periods"): "周课时；空 = 设置中的默认值"
        case (.teachers, "cycle_hours"): "本周期已修学时，默认 0"
        case (.teachers, "unavailable"): "不可参训日期。" + dateList
        case (.sites, "id"): "培训点编号，唯一"
        case (.sites, "kind"): "类型：县级培训中心、送教点、县外基地、网络"
        case (.sites, "district"): "服务学区（送教点、本学区项目需要）"
        case (.sites, "seats"): "座位：一个班最多人数（整数）"
        case (.sites, "rooms"): "教室：同一天最多同时开班数，默认 1"
        case (.sites, "available"): "可用日期；空 = 整个计划期。" + dateList
        case (.sites, "max_cohorts"): "计划期内最多开班数；空 = 不限"
        case (.sites, "lodging"): "是否住宿：是 = 每次培训往返一次，否 = 每天往返"
        case (.sites, "cohort_cost"): "在此开一个班的费用（分），默认 0"
        case (.programmes, "id"): "项目编号，唯一"
        case (.programmes, "level"): "级别：国培、省培、市培、县培、校本（仅供参考）"
        case (.programmes, "mode"): "形式：集中、送教、脱产、网络"
        case (.programmes, "sessions"): "每个班的培训次数，默认 1（送教常为 4）"
        case (.programmes, "days"): "每次连续天数；网络研修填 0"
        case (.programmes, "gap_days"): "两次培训开始日期的最少间隔天数，默认 7"
        case (.programmes, "day_types"): "允许的日期类型：教学日、周末、假期，多项用 ; 分隔；空 = 全部"
        case (.programmes, "window"): "时间窗：所有培训日须在其中；空 = 整个计划期。" + dateList
        case (.programmes, "hours"): "完成后记入的学时"
        case (.programmes, "stages"): "可参加的学段，多项用 ; 分隔；空 = 全部"
        case (.programmes, "subjects"): "可参加的学科，多项用 ; 分隔；空 = 全部"
        case (.programmes, "tags_any"): "教师须至少有其中一个标签；空 = 不限"
        case (.programmes, "tags_none"): "有其中任一标签的教师不能参加"
        case (.programmes, "quota_min"): "最少名额（整数，或 all = 全部符合条件的教师），默认 0"
        case (.programmes, "quota_max"): "最多名额；空 = 等于最少名额（未填最少名额则不限）"
        case (.programmes, "cohort_min"): "开班人数下限，默认 1"
        case (.programmes, "cohort_max"): "开班人数上限；空 = 培训点座位数"
        case (.programmes, "sites"): "允许的培训点编号，多项用 ; 分隔；空 = 该形式对应类型的全部培训点"
        case (.programmes, "home_district"): "本学区：是 = 教师只能去本学区的培训点"
        case (.programmes, "cohort_cost"): "每开一个班的费用（分），与培训点的相加"
        case (.programmes, "exclusive"): "互斥组：同组项目每位教师最多参加一个"
        case (.programmes, "substitute"): "顶岗替代比例 0–1；有替代的教师不计入学校外出上限"
        case (.programmes, "team"): "使用的培训团队（培训团队表中的名称）"
        case (.quotas, "program"): "项目编号"
        case (.quotas, "scope"): "范围：学区或学校"
        case (.quotas, "scope_id"): "学区名称或学校编号"
        case (.quotas, "min"): "该范围最少名额（未完成计缺额费用）"
        case (.quotas, "max"): "该范围最多名额（硬约束）"
        case (.distances, "school"): "学校编号"
        case (.distances, "site"): "培训点编号"
        case (.distances, "km"): "道路公里数；未列出的按直线距离 × 道路系数"
        default: ""
        }
    }

    /// Column width in Excel character units: wide for names and date lists.
    static func width(_ column: String) -> Double {
        switch column {
        case "note": 56
        case "name": 30
        case "unavailable", "available", "window", "dates", "sites", "tags": 26
        case "key": 26
        default: 12
        }
    }
}
