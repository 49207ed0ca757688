/// A calendar date as a day number (days since 1970-01-01), so date arithmetic is integer arithmetic.
public struct PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Proleptic Gregorian date; nil when the day does not exist (e.g. 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= PlanDate.daysInMonth(year: year, month: month) else {
            return nil
        }
        // Days-from-civil: count from a March-based year so the leap day is last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses `YYYY-MM-DD`, and the forms planners' tools write for it: Excel's Chinese short date
    /// `2026/9/7` (a CSV saved from Excel), `2026.9.7`, `2026年9月7日`, full-width digits, and dashes that
    /// word processors put for "-" (`2026‑09‑07` with U+2011); spaces inside, a midnight time after it
    /// (`2026/9/7 0:00`, a date-time cell saved as text) and a weekday after it (`2026年9月7日星期一`, `（周一）`)
    /// are dropped. The year has four digits, month and day one or two.
    public init?(_ text: some StringProtocol) {
        guard let (year, month, day) = Self.written(text) else { return nil }
        self.init(year: year, month: month, day: day)
        // A weekday that is not this date's says one of the two is a typo: no date, rather than a guess.
        if let weekday = Self.writtenWeekday(text), weekday != self.weekday { return nil }
    }

    /// The ISO weekday written after a date (`（周一）` is 1, `星期日` 7), if any.
    private static func writtenWeekday(_ text: some StringProtocol) -> Int? {
        guard text.contains(where: { "期周拜".contains($0) }), let match = String(text).firstMatch(of: weekdaySuffix),
              let name = match.output.last?.substring?.last else { return nil }
        return name == "天" ? 7 : "一二三四五六日".firstIndex(of: name).map { "一二三四五六日".distance(from: "一二三四五六日".startIndex, to: $0) + 1 }
    }

    /// The year, month and day a text writes in one of the forms above, whether or not that day exists.
    static func written(_ text: some StringProtocol) -> (year: Int, month: Int, day: Int)? {
        // The longest date written out (with a weekday and a time) is about 25 characters; the suffix patterns
        // are tried at every place of a longer text.
        guard text.count <= 100 else { return nil }
        let parts = normalised(text).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }

    /// Why a text written as a date names no day (`2026-02-29`, `2026/9/31`, `2026-13-01`), for messages; nil
    /// when it is a real day or not written as a date at all.
    public static func missingDay(_ text: some StringProtocol) -> (year: Int, month: Int, daysInMonth: Int?)? {
        guard let (year, month, day) = written(text), PlanDate(year: year, month: month, day: day) == nil else { return nil }
        return (year, month, (1...12).contains(month) ? daysInMonth(year: year, month: month) : nil)
    }

    /// The text with every separator form written as "-", full-width digits as ASCII, a closing 日 or 号, a
    /// time, a weekday and spaces dropped.
    private static func normalised(_ text: some StringProtocol) -> String {
        var text = String(text)
        // The patterns only where they can match: a city's teachers sheet holds a hundred thousand dates.
        if text.contains(where: { $0 == ":" || $0 == "：" }) { text = text.replacing(timeSuffix, with: "") }
        if text.contains(where: { "期周拜".contains($0) }) { text = text.replacing(weekdaySuffix, with: "") }
        var result = ""
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            switch scalar.value {
            case 0xFF10...0xFF19: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0x2F, 0x2E, 0xFF0F, 0xFF0E, 0x5E74, 0x6708, 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        if result.hasSuffix("日") || result.hasSuffix("号") { result.removeLast() }
        return result
    }

    /// A time of day after a date: `0:00`, `00:00:00`, `T00:00:00`, `0：00` (a Chinese input method's colon).
    nonisolated(unsafe) private static let timeSuffix = try! Regex(#"(\s+|T)([01]?\d|2[0-3])[:：][0-5]\d([:：][0-5]\d(\.\d+)?)?\s*$"#)
    /// A weekday after a date: `星期一`, `周日`, `礼拜天`, in brackets or not; its last capture is the day's name.
    nonisolated(unsafe) private static let weekdaySuffix = try! Regex(#"\s*[（(]?(星期|周|礼拜)([一二三四五六日天])[）)]?\s*$"#)

    /// `text` as a date, or, when it lacks the year (`10月16日`, `10-16`) or the year and month (`16日`,
    /// `16`), as the date they complete from `first`: the end of a range written `2026年10月12日至16日`.
    public init?(_ text: some StringProtocol, completingFrom first: PlanDate) {
        let (year, month, _) = first.components
        guard let date = PlanDate(text) ?? PlanDate("\(year)-" + text) ?? PlanDate("\(year)-\(month)-" + text) else { return nil }
        self = date
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday.
    public var weekday: Int {
        let fromMonday = ((ordinal + 3) % 7 + 7) % 7
        return fromMonday + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> PlanDate { PlanDate(ordinal: ordinal + days) }

    public var description: String {
        let (y, m, d) = components
        let pad = { (n: Int, w: Int) -> String in
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public static func < (a: PlanDate, b: PlanDate) -> Bool { a.ordinal < b.ordinal }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// An inclusive run of dates, as written `YYYY-MM-DD..YYYY-MM-DD`.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public let first: PlanDate
    public let last: PlanDate

    public init(first: PlanDate, last: PlanDate) {
        self.first = first
        self.last = last
    }

    public var dates: [PlanDate] { (first.ordinal...last.ordinal).map(PlanDate.init(ordinal:)) }
    public func contains(_ date: PlanDate) -> Bool { first <= date && date <= last }
    public var description: String { first == last ? "\(first)" : "\(first)..\(last)" }
}
