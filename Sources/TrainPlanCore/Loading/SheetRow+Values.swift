/// Typed cell readers. Each returns nil for an empty cell (the caller applies the SPEC default) and for a bad
/// one, which it logs with this row's file, line and header.
extension SheetRow {
    func log(_ kind: InstanceIssue.Kind, _ column: String, _ log: inout IssueLog,
             severity: InstanceIssue.Severity? = nil) {
        var issue = InstanceIssue(file: file, row: line, column: header(column), kind: kind, severity: severity)
        if inWorkbook {
            issue.inWorkbook = true
            // An absent column has no cell; the row still locates the problem.
            issue.cell = indices[column].map { CellName.of(column: $0, row: line) }
        }
        log.add(issue)
    }

    /// A cell that must not be empty.
    func required(_ column: String, expected: InstanceIssue.ValueType = .text, _ log: inout IssueLog) -> String? {
        guard let text = text(column) else {
            self.log(.missingValue(expected: expected), column, &log)
            return nil
        }
        return text
    }

    func integer(_ column: String, minimum: Int, _ log: inout IssueLog) -> Int? {
        guard let text = text(column) else { return nil }
        guard let value = Int(text) else {
            self.log(.badValue(text, expected: .integer), column, &log)
            return nil
        }
        guard value >= minimum else {
            self.log(.belowMinimum(text, minimum: Double(minimum)), column, &log)
            return nil
        }
        guard value <= ValueLimits.largestCount else {
            self.log(.aboveMaximum(text, maximum: Double(ValueLimits.largestCount)), column, &log)
            return nil
        }
        return value
    }

    /// A finite number, at least `minimum`, or within `range` when one is given.
    func number(_ column: String, minimum: Double? = nil, range: ClosedRange<Double>? = nil,
                _ log: inout IssueLog) -> Double? {
        guard let text = text(column) else { return nil }
        guard ValueLimits.isDecimal(text), let value = Double(text), value.isFinite else {
            self.log(.badValue(text, expected: .number), column, &log)
            return nil
        }
        if let minimum, value < minimum {
            self.log(.belowMinimum(text, minimum: minimum), column, &log)
            return nil
        }
        if abs(value) > ValueLimits.largestNumber {
            self.log(.aboveMaximum(text, maximum: ValueLimits.largestNumber), column, &log)
            return nil
        }
        if let range, !range.contains(value) {
            self.log(.outOfRange(text, lower: range.lowerBound, upper: range.upperBound), column, &log)
            return nil
        }
        return value
    }

    func boolean(_ column: String, _ log: inout IssueLog) -> Bool? {
        guard let text = text(column) else { return nil }
        guard let value = CellWords.boolean(text) else {
            self.log(.badValue(text, expected: .boolean), column, &log)
            return nil
        }
        return value
    }

    /// One of a fixed set of words, English or Chinese.
    func choice<Value>(_ column: String, choices: [String], _ log: inout IssueLog,
                       parse: (String) -> Value?) -> Value? {
        guard let text = text(column) else { return nil }
        guard let value = parse(text) else {
            self.log(.unknownChoice(text, choices: choices), column, &log)
            return nil
        }
        return value
    }

    /// A word from a fixed set that must not be empty.
    func requiredChoice<Value>(_ column: String, choices: [String], _ log: inout IssueLog,
                               parse: (String) -> Value?) -> Value? {
        guard text(column) != nil else {
            self.log(.missingValue(expected: .text), column, &log)
            return nil
        }
        return choice(column, choices: choices, &log, parse: parse)
    }

    /// A list cell whose items are each one of a fixed set of words; bad items are logged and left out.
    func choices<Value: Hashable>(_ column: String, choices: [String], _ log: inout IssueLog,
                                  parse: (String) -> Value?) -> Set<Value> {
        var values: Set<Value> = []
        for item in list(column) {
            if let value = parse(item) {
                values.insert(value)
            } else {
                self.log(.unknownChoice(item, choices: choices), column, &log)
            }
        }
        return values
    }

    /// The `name` cell, control characters made spaces: names are printed on terminals, pages, sheets and
    /// calendars, where an ESC or NUL could do harm; "" when empty.
    func displayName() -> String {
        text("name").map(Echo.printable) ?? ""
    }

    func list(_ column: String) -> [String] {
        text(column).map(CellWords.listItems) ?? []
    }

    /// A tag list (teachers' tags, programmes' tags_any and tags_none). A tag with a comma or slash, or a Chinese
    /// tag with a space, is kept as written but warned about: "校长，骨干" is one tag to the planner's eye only by mistake, and it
    /// silently matched no programme.
    func tags(_ column: String, _ log: inout IssueLog) -> Set<String> {
        let tags = list(column)
        // A space separates words of an English tag ("class teacher"), Chinese tags only by mistake.
        let isChinese = { (tag: String) in tag.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        for tag in tags where tag.contains(where: { ",，/／".contains($0) }) || (isChinese(tag) && tag.contains(where: \.isWhitespace)) {
            self.log(.tagWithSeparator(tag), column, &log)
        }
        return Set(tags)
    }

    /// A date list; nil when empty, or when an item is bad (logged): the list read without it would be
    /// another list (a window of its good items only, reported again as outside the horizon).
    func dateRanges(_ column: String, _ log: inout IssueLog) -> [DateRange]? {
        guard text(column) != nil else { return nil }
        var ranges: [DateRange] = []
        var allRead = true
        for item in list(column) {
            switch CellWords.dateItem(item) {
            case .range(let range):
                ranges.append(range)
                continue
            case .badDate: self.log(.badValue(item, expected: .dateList), column, &log)
            case .reversedRange: self.log(.badDateRange(item), column, &log)
            case .noSuchDay(let date): self.log(.noSuchDay(date), column, &log)
            }
            allRead = false
        }
        guard allRead else { return nil }
        return ranges
    }
}

extension Sequence<DateRange> {
    /// Every date the ranges cover inside `horizon`; dates outside it never matter (SPEC: all session days lie
    /// in the horizon), and clipping keeps a range like 2000-01-01..2999-12-31 cheap. Empty without a horizon.
    func dates(within horizon: DateRange?) -> Set<PlanDate> {
        guard let horizon else { return [] }
        var dates: Set<PlanDate> = []
        for range in self where range.first <= horizon.last && horizon.first <= range.last {
            let first = Swift.max(range.first.ordinal, horizon.first.ordinal)
            let last = Swift.min(range.last.ordinal, horizon.last.ordinal)
            dates.formUnion((first...last).map(PlanDate.init(ordinal:)))
        }
        return dates
    }

    /// True when no range touches `horizon`.
    func liesOutside(_ horizon: DateRange) -> Bool {
        allSatisfy { $0.last < horizon.first || horizon.last < $0.first }
    }
}
