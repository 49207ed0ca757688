/// 学段. Raw values are the Chinese names used in instances and output.
public enum Stage: String, Sendable, CaseIterable, Comparable {
    case kindergarten = "幼儿园"
    case primary = "小学"
    case junior = "初中"
    case senior = "高中"
    case vocational = "中职"

    /// Accepts the Chinese name or the SPEC's English name.
    public init?(parsing text: String) {
        if let stage = Stage(rawValue: text) { self = stage; return }
        switch text.lowercased() {
        case "kindergarten": self = .kindergarten
        case "primary": self = .primary
        case "junior": self = .junior
        case "senior": self = .senior
        case "vocational": self = .vocational
        default: return nil
        }
    }

    public static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
