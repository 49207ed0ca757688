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

    enum DateItem {
        case range(DateRange)
        case badDate
        case reversedRange
        /// Written as a date, but no such day (`2026-09-31`): this end of the item.
        case noSuchDay(String)
    }

    /// One item of a date list: `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` (inclusive), each date in the forms
    /// `PlanDate` reads. A range may also be written as Chinese text writes one: `2026/10/12至2026/10/16`
    /// (至, 到, ~, ～, 〜), the second end without its year or month (`2026年10月12日至16日`); or with a dash
    /// between two whole dates (`2026年10月12日-2026年10月16日`, `2026-10-12–2026-10-16`). A text that more
    /// than one separator splits into two dates is no date.
    static func dateItem(_ text: String) -> DateItem {
        let text = text.trimmingSpaces()
        // Each separator tried at each place makes this quadratic: the longest range written out with
        // weekdays and times is about 50 characters.
        guard text.count <= longestDateItem else { return .badDate }
        if let date = PlanDate(text) { return .range(DateRange(first: date, last: date)) }
        var ranges: Set<[PlanDate]> = []
        for (separator, completesSecondEnd) in rangeSeparators {
            var rest = text.startIndex..<text.endIndex
            while let found = text.range(of: separator, range: rest) {
                rest = found.upperBound..<text.endIndex
                let left = text[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
                let right = text[found.upperBound...].trimmingCharacters(in: .whitespaces)
                guard let first = PlanDate(left), !right.isEmpty,
                      let last = completesSecondEnd ? PlanDate(right, completingFrom: first) : PlanDate(right) else { continue }
                ranges.insert([first, last])
            }
        }
        guard ranges.count == 1, let ends = ranges.first else {
            return Self.missingDayEnd(text).map(DateItem.noSuchDay) ?? .badDate
        }
        return ends[0] <= ends[1] ? .range(DateRange(first: ends[0], last: ends[1])) : .reversedRange
    }

    private static let longestDateItem = 100

    /// The part of `text` (the whole, or an end of a range split at ".." or 至, a short second end completed
    /// from the first) written as a day that does not exist.
    private static func missingDayEnd(_ text: String) -> String? {
        let separators = rangeSeparators.filter(\.completesSecondEnd).map(\.separator)
        let parts = separators.reduce(text) { $0.replacingOccurrences(of: $1, with: "..") }
            .components(separatedBy: "..").map { $0.trimmingSpaces() }
        var candidates = [text] + parts
        if parts.count == 2, let first = PlanDate(parts[0]) {
            let (year, month, _) = first.components
            candidates += ["\(year)-" + parts[1], "\(year)-\(month)-" + parts[1]]
        }
        return candidates.first { PlanDate.missingDay($0) != nil }
    }

    /// What may stand between the ends of a date range, and whether the second end may leave out what it
    /// shares with the first (not after a dash, which also joins a date's own parts).
    private static let rangeSeparators: [(separator: String, completesSecondEnd: Bool)] = [
        ("..", true), ("至", true), ("到", true), ("～", true), ("~", true), ("〜", true),
        ("-", false), ("–", false), ("—", false), ("－", false),
    ]
}
