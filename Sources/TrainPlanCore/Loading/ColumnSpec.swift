/// A column of an instance CSV file: its English name (the machine contract), Chinese aliases from the SPEC,
/// and whether the file is unusable without it.
public struct ColumnSpec: Sendable {
    public let name: String
    public let aliases: [String]
    public let isRequired: Bool

    init(_ name: String, _ aliases: String..., required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.isRequired = required
    }

    /// The header as the SPEC writes the column (English in any case, or the Chinese alias).
    func matchesExactly(_ header: String) -> Bool {
        header.lowercased() == name || aliases.contains(header)
    }

    /// English names match case-insensitively; spreadsheets often capitalise headers. Either name matches as
    /// planners annotate it (`ColumnSpec.bareHeader`): "已修学时（小时）", "工号*", "ＩＤ"; and as they space it:
    /// a Chinese name with spaces between its characters to line headers up ("姓　名"), an English one with
    /// spaces for underscores ("Weekly Periods").
    func matches(_ header: String) -> Bool {
        let bare = Self.bareHeader(header)
        let words = bare.split(whereSeparator: \.isWhitespace)
        return bare.lowercased() == name || aliases.contains(bare)
            || words.joined(separator: "_").lowercased() == name || aliases.contains(words.joined())
    }

    /// The header without what planners add around a column's name: full-width letters and brackets as their
    /// ASCII forms (Unicode NFKC), spaces at either end, required marks (`*`) at either end, a trailing colon
    /// ("工号：", full-width colons being ASCII ones by then) and trailing notes
    /// in brackets ("(小时)", "[选填]", "【必填】", "〔选填〕", "《说明》"), nested or not, in any order. A header longer than any
    /// annotated name (`longestAnnotatedHeader`) is left as it is: each note stripped copies the text.
    static func bareHeader(_ header: String) -> String {
        var bare = InvisibleCharacters.cleanedCell(header).precomposedStringWithCompatibilityMapping.trimmingSpaces()
        guard bare.count <= longestAnnotatedHeader else { return bare }
        // Marks and notes in any order ("学段【必填】*", "工号*(必填)"), a note holding brackets of its own.
        while true {
            let stripped = withoutTrailingNote(String(bare.drop { $0 == "*" }.reversed().drop { $0 == "*" || $0 == ":" }.reversed()).trimmingSpaces())
            if stripped == bare { return bare }
            bare = stripped
        }
    }

    /// `text` without one trailing note in brackets, nested ones included; `text` itself when it has none
    /// or is nothing but the note. Full-width round, square and curly brackets are ASCII ones by then (NFKC).
    private static func withoutTrailingNote(_ text: String) -> String {
        let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{", "】": "【", "〕": "〔", "》": "《", "」": "「", "〉": "〈"]
        guard let last = text.last, let open = pairs[last] else { return text }
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == last { depth += 1 }
            if text[index] == open {
                depth -= 1
                if depth == 0 { return index > text.startIndex ? String(text[..<index]).trimmingSpaces() : text }
            }
        }
        return text
    }

    static let longestAnnotatedHeader = 200

    /// The column's names as a planner may write them, for messages: "cycle_hours/已修学时".
    var namesForMessage: String { ([name] + aliases).joined(separator: "/") }
}

extension InstanceFile {
    /// The columns the SPEC defines for this CSV file (none for instance.toml).
    var columns: [ColumnSpec] {
        switch self {
        case .settings:
            []
        case .schools:
            [ColumnSpec("id", "学校编号", required: true), ColumnSpec("name", "学校名称"),
             ColumnSpec("district", "学区"), ColumnSpec("lat", "纬度", required: true),
             ColumnSpec("lon", "经度", required: true), ColumnSpec("rural", "乡村"),
             ColumnSpec("max_away", "最多外出")]
        case .teachers:
            [ColumnSpec("id", "工号", required: true), ColumnSpec("name", "姓名"),
             ColumnSpec("school", "学校编号", required: true), ColumnSpec("stage", "学段", required: true),
             ColumnSpec("subject", "学科"), ColumnSpec("tags", "标签"), ColumnSpec("weekly_periods", "周课时"),
             ColumnSpec("cycle_hours", "已修学时"), ColumnSpec("unavailable", "不可参训日期")]
        case .sites:
            [ColumnSpec("id", "培训点编号", required: true), ColumnSpec("name", "名称"),
             ColumnSpec("kind", "类型", required: true), ColumnSpec("lat", "纬度"), ColumnSpec("lon", "经度"),
             ColumnSpec("district", "服务学区"), ColumnSpec("seats", "座位"), ColumnSpec("rooms", "教室"),
             ColumnSpec("available", "可用日期"), ColumnSpec("max_cohorts", "最多班次"),
             ColumnSpec("lodging", "住宿"), ColumnSpec("cohort_cost", "开班费用")]
        case .programmes:
            [ColumnSpec("id", "项目编号", required: true), ColumnSpec("name", "项目名称"),
             ColumnSpec("level", "级别"), ColumnSpec("mode", "形式", required: true),
             ColumnSpec("sessions", "次数"), ColumnSpec("days", "每次天数"), ColumnSpec("gap_days", "间隔天数"),
             ColumnSpec("day_types", "日期类型"), ColumnSpec("window", "时间窗"), ColumnSpec("hours", "学时"),
             ColumnSpec("stages", "学段"), ColumnSpec("subjects", "学科"), ColumnSpec("tags_any", "需含标签"),
             ColumnSpec("tags_none", "排除标签"), ColumnSpec("quota_min", "最少名额"),
             ColumnSpec("quota_max", "最多名额"), ColumnSpec("cohort_min", "开班人数下限"),
             ColumnSpec("cohort_max", "开班人数上限"), ColumnSpec("sites", "培训点"),
             ColumnSpec("home_district", "本学区"), ColumnSpec("cohort_cost", "开班费用"),
             ColumnSpec("exclusive", "互斥组"), ColumnSpec("substitute", "顶岗替代"),
             ColumnSpec("team", "培训团队")]
        case .quotas:
            [ColumnSpec("program", "项目编号", required: true), ColumnSpec("scope", "范围", required: true),
             ColumnSpec("scope_id", "范围编号", required: true), ColumnSpec("min", "最少"),
             ColumnSpec("max", "最多")]
        case .distances:
            [ColumnSpec("school", "学校编号", required: true), ColumnSpec("site", "培训点编号", required: true),
             ColumnSpec("km", "公里", required: true)]
        }
    }
}
