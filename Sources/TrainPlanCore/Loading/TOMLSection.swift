import TOMLKit

/// A table of instance.toml with typed readers that log bad values under the key's dotted path.
struct TOMLSection {
    let table: TOMLTable
    /// Dotted path of this table, "" for the root.
    let path: String

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func log(_ kind: InstanceIssue.Kind, _ key: String, _ log: inout IssueLog, severity: InstanceIssue.Severity? = nil) {
        log.add(kind, file: InstanceFile.settings.name, column: keyPath(key), severity: severity)
    }

    /// Warns about keys the SPEC does not define.
    func reportUnknownKeys(known: [String], _ log: inout IssueLog) {
        for key in table.keys.sorted() where !known.contains(key) {
            self.log(.unknownKey(known: known), key, &log)
        }
    }

    private func wrongType(_ key: String, _ value: TOMLValueConvertible, expected: InstanceIssue.ValueType,
                           _ log: inout IssueLog) {
        self.log(.wrongType(found: value.type.description, expected: expected), key, &log)
    }

    func section(_ key: String, _ log: inout IssueLog) -> TOMLSection? {
        guard let value = table[key] else { return nil }
        guard let subtable = value.table else {
            wrongType(key, value, expected: .table, &log)
            return nil
        }
        return TOMLSection(table: subtable, path: keyPath(key))
    }

    func string(_ key: String, _ log: inout IssueLog) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else {
            wrongType(key, value, expected: .text, &log)
            return nil
        }
        return text
    }

    /// An integer or float, at least `minimum` or within `range`; `fallback` when absent or bad.
    func number(_ key: String, _ fallback: Double, minimum: Double? = nil, range: ClosedRange<Double>? = nil,
                _ log: inout IssueLog) -> Double {
        guard let value = table[key] else { return fallback }
        guard let number = value.double ?? value.int.map(Double.init) else {
            wrongType(key, value, expected: .number, &log)
            return fallback
        }
        // TOML allows nan and inf; no weight or share can be either.
        guard number.isFinite else {
            self.log(.badValue(String(describing: value), expected: .number), key, &log)
            return fallback
        }
        if let minimum, number < minimum {
            self.log(.belowMinimum(String(describing: value), minimum: minimum), key, &log)
            return fallback
        }
        if abs(number) > ValueLimits.largestNumber {
            self.log(.aboveMaximum(String(describing: value), maximum: ValueLimits.largestNumber), key, &log)
            return fallback
        }
        if let range, !range.contains(number) {
            self.log(.outOfRange(String(describing: value), lower: range.lowerBound, upper: range.upperBound),
                     key, &log)
            return fallback
        }
        return number
    }

    func integer(_ key: String, minimum: Int, _ log: inout IssueLog) -> Int? {
        guard let value = table[key] else { return nil }
        guard let integer = value.int else {
            wrongType(key, value, expected: .integer, &log)
            return nil
        }
        guard integer >= minimum else {
            self.log(.belowMinimum(String(integer), minimum: Double(minimum)), key, &log)
            return nil
        }
        guard integer <= ValueLimits.largestCount else {
            self.log(.aboveMaximum(String(integer), maximum: Double(ValueLimits.largestCount)), key, &log)
            return nil
        }
        return integer
    }

    /// A date as a `"YYYY-MM-DD"` string or a native TOML date.
    func date(_ key: String, _ log: inout IssueLog) -> PlanDate? {
        guard let value = table[key] else {
            self.log(.missingKey(expected: .date), key, &log)
            return nil
        }
        if let date = Self.date(value) { return date }
        if let text = value.string {
            self.log(PlanDate.missingDay(text.trimmingSpaces()) != nil ? .noSuchDay(text.trimmingSpaces()) : .badValue(text, expected: .date), key, &log)
        } else {
            wrongType(key, value, expected: .date, &log)
        }
        return nil
    }

    /// An array of dates and `"A..B"` ranges; empty when absent. Bad items are logged and left out.
    func dateRanges(_ key: String, _ log: inout IssueLog) -> [DateRange] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else {
            wrongType(key, value, expected: .dateList, &log)
            return []
        }
        var ranges: [DateRange] = []
        for item in array {
            if let date = Self.date(item) {
                ranges.append(DateRange(first: date, last: date))
                continue
            }
            guard let text = item.string else {
                wrongType(key, item, expected: .dateList, &log)
                continue
            }
            switch CellWords.dateItem(text.trimmingSpaces()) {
            case .range(let range): ranges.append(range)
            case .badDate: self.log(.badValue(text, expected: .dateList), key, &log)
            case .reversedRange: self.log(.badDateRange(text), key, &log)
            case .noSuchDay(let date): self.log(.noSuchDay(date), key, &log)
            }
        }
        return ranges
    }

    /// An array of strings; empty when absent.
    func strings(_ key: String, _ log: inout IssueLog) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else {
            wrongType(key, value, expected: .textList, &log)
            return []
        }
        var strings: [String] = []
        for item in array {
            if let text = item.string { strings.append(text) } else { wrongType(key, item, expected: .text, &log) }
        }
        return strings
    }

    private static func date(_ value: TOMLValueConvertible) -> PlanDate? {
        if let date = value.date { return PlanDate(year: date.year, month: date.month, day: date.day) }
        return value.string.flatMap { PlanDate($0.trimmingSpaces()) }
    }
}
