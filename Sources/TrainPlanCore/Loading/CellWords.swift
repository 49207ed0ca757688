import Foundation

/// The words and small syntaxes instance cells are written in, English or Chinese (SPEC "CSV" and
/// "Precise readings").
enum CellWords {
    /// Items of a list cell, split on `;`, `；` or `、`, trimmed, empties dropped.
    static func listItems(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1", "是": true
        case "false", "no", "0", "否": false
        default: nil
        }
    }

    static func dayType(_ text: String) -> DayType? {
        DayType.allCases.first { $0.rawValue == text.lowercased() || $0.chineseName == text }
    }

    static func quotaScope(_ text: String) -> Quota.Scope? {
        switch text.lowercased() {
        case "district", "学区": .district
        case "school", "学校": .school
        default: nil
        }
    }

    /// `all` (or 全部) as a quota minimum.
    static func isAllEligible(_ text: String) -> Bool {
        text.lowercased() == "all" || text == "全部"
    }

    static let modeChoices = ProgrammeMode.allCases.map(\.rawValue) + ProgrammeMode.allCases.map(\.chineseName)
    static let siteKindChoices = SiteKind.allCases.map(\.rawValue) + SiteKind.allCases.map(\.chineseName)
    static let dayTypeChoices = DayType.allCases.map(\.rawValue) + DayType.allCases.map(\.chineseName)
    static let scopeChoices = ["district", "school", "学区", "学校"]
    static let stageChoices = Stage.allCases.map(\.rawValue) + Stage.allCases.map(\.englishName)

    /// What Chinese text puts between the ends of a date range, for the SPEC's `..`.
    private static let chineseRangeSeparators = ["至", "～", "~"]

    enum DateItem {
        case range(DateRange)
        case badDate
        case reversedRange
    }

    /// One item of a date list: `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` (inclusive). A range may also be
    /// written with 至, ~ or ～ as Chinese text does (`2026/10/12至2026/10/16`), and each date in the forms
    /// `PlanDate` reads.
    static func dateItem(_ text: String) -> DateItem {
        let ends = chineseRangeSeparators.reduce(text) { $0.replacingOccurrences(of: $1, with: "..") }.components(separatedBy: "..")
        switch ends.count {
        case 1:
            guard let date = PlanDate(text.trimmingSpaces()) else { return .badDate }
            return .range(DateRange(first: date, last: date))
        case 2:
            guard let first = PlanDate(ends[0].trimmingSpaces()), let last = PlanDate(ends[1].trimmingSpaces())
            else { return .badDate }
            return first <= last ? .range(DateRange(first: first, last: last)) : .reversedRange
        default:
            return .badDate
        }
    }
}
