/// The sheets of an instance workbook (SPEC "Instance: a workbook"), each under an English or Chinese name.
public enum WorkbookSheet: String, CaseIterable, Sendable {
    case settings, calendar, teams, schools, teachers, sites, programmes, quotas, distances

    public var englishName: String {
        switch self {
        case .programmes: "programs"
        default: rawValue
        }
    }

    public var chineseName: String {
        switch self {
        case .settings: "设置"
        case .calendar: "日历"
        case .teams: "培训团队"
        case .schools: "学校"
        case .teachers: "教师"
        case .sites: "培训点"
        case .programmes: "培训项目"
        case .quotas: "名额"
        case .distances: "距离"
        }
    }

    /// The folder file holding the same table; nil for the calendar and teams sheets, which hold parts of
    /// instance.toml.
    var file: InstanceFile? {
        switch self {
        case .settings, .calendar, .teams: nil
        case .schools: .schools
        case .teachers: .teachers
        case .sites: .sites
        case .programmes: .programmes
        case .quotas: .quotas
        case .distances: .distances
        }
    }

    var isRequired: Bool {
        switch self {
        case .settings, .schools, .teachers, .sites, .programmes: true
        case .calendar, .teams, .quotas, .distances: false
        }
    }

    /// The sheet's columns; the CSV file's for the six tables.
    public var columns: [ColumnSpec] {
        switch self {
        case .settings: [ColumnSpec("key", "键", required: true), ColumnSpec("value", "值", required: true)]
        case .calendar:
            [ColumnSpec("type", "类型", required: true), ColumnSpec("dates", "日期", required: true),
             ColumnSpec("stages", "学段")]
        case .teams: [ColumnSpec("team", "团队", required: true), ColumnSpec("size", "数量", required: true)]
        default: file?.columns ?? []
        }
    }

    /// The sheet a workbook's sheet name stands for: the English name in any case or the Chinese name,
    /// surrounding spaces ignored.
    init?(sheetName: String) {
        let name = sheetName.trimmingSpaces()
        guard let sheet = Self.allCases.first(where: {
            $0.englishName == name.lowercased() || $0.chineseName == name
        }) else { return nil }
        self = sheet
    }

    /// Columns holding numbers, which a written workbook stores as number cells.
    public static let numericColumns: Set<String> = [
        "lat", "lon", "max_away", "weekly_periods", "cycle_hours", "seats", "rooms", "max_cohorts", "cohort_cost",
        "sessions", "days", "gap_days", "hours", "quota_min", "quota_max", "cohort_min", "cohort_max", "substitute",
        "min", "max", "km", "size",
    ]

    /// Sheets a workbook may hold besides the instance's without a warning: the template's explanations.
    static func isNoteSheet(_ name: String) -> Bool {
        ["说明", "readme", "notes"].contains(name.trimmingSpaces().lowercased())
    }
}
