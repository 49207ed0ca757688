import TOMLKit

/// Reads the settings, calendar and teams sheets as the TOML table instance.toml would give, so that
/// `SettingsReader` applies the same rules and defaults; its issues are then placed on the sheets' cells.
enum WorkbookSettings {
    /// Settings keys whose value is a date list (normally on the calendar sheet).
    private static let listKeys: Set<String> = ["calendar.holidays", "calendar.workdays"]

    static func read(settings: Sheet?, calendar: Sheet?, teams: Sheet?, _ log: inout IssueLog) -> Settings {
        var tree = KeyTree()
        // The calendar's start and end are reported as missing keys even when no other calendar key is given.
        tree.ensureTable(["calendar"])
        var places: [String: SheetRow] = [:]
        var keys = UniqueKeys()
        for row in settings?.rows ?? [] {
            guard let key = row.required("key", &log), keys.admit(key, row: row, column: "key", &log),
                  let text = row.text("value") else { continue }
            let value: TOMLValueConvertible = listKeys.contains(key)
                ? TOMLArray(CellWords.listItems(text)) : scalar(text, isName: key == "name")
            if tree.set(key.split(separator: ".").map(String.init), value) {
                places[key] = row
            } else {
                row.log(.wrongType(found: "table", expected: .text), "key", &log)
            }
        }
        if let calendar { readCalendar(calendar, into: &tree, &log) }
        if let teams { readTeams(teams, into: &tree, &places, &log) }

        var settingsLog = IssueLog()
        let result = SettingsReader.read(root: tree.table(), &settingsLog)
        for issue in settingsLog.issues {
            log.add(place(issue, places: places, settingsSheet: settings, calendarSheet: calendar))
        }
        return result
    }

    /// A number as a TOML integer or float, anything else as a string (dates included: TOMLSection reads
    /// `"2026-09-01"`). The name is always text, even `2026`.
    private static func scalar(_ text: String, isName: Bool) -> TOMLValueConvertible {
        if isName { return text }
        if let integer = Int(text) { return integer }
        if let number = Double(text), number.isFinite { return number }
        return text
    }

    /// Calendar rows become `holidays`, `workdays` and `blackouts`; each cell's dates and stages are checked
    /// here, at the cell, so what reaches `SettingsReader` is valid. Stages only mean something on a blackout.
    private static func readCalendar(_ sheet: Sheet, into tree: inout KeyTree, _ log: inout IssueLog) {
        var holidays: [String] = []
        var workdays: [String] = []
        var blackouts: [TOMLTable] = []
        for row in sheet.rows {
            let type = row.requiredChoice("type", choices: CalendarRowType.choices, &log,
                                          parse: CalendarRowType.init(parsing:))
            let ranges = row.dateRanges("dates", &log)
            if ranges == nil { row.log(.missingValue(expected: .dateList), "dates", &log) }
            let stages = row.choices("stages", choices: CellWords.stageChoices, &log, parse: Stage.init(parsing:))
            let items = (ranges ?? []).map(\.description)
            switch type {
            case .holiday?: holidays += items
            case .workday?: workdays += items
            case .blackout?:
                blackouts.append(TOMLTable(["dates": TOMLArray(items),
                                            "stages": TOMLArray(stages.sorted().map(\.rawValue))]))
            case nil: continue
            }
        }
        tree.set(["calendar", "holidays"], TOMLArray(holidays))
        tree.set(["calendar", "workdays"], TOMLArray(workdays))
        tree.set(["calendar", "blackouts"], TOMLArray(blackouts))
    }

    private static func readTeams(_ sheet: Sheet, into tree: inout KeyTree, _ places: inout [String: SheetRow],
                                  _ log: inout IssueLog) {
        tree.ensureTable(["teams"])
        var names = UniqueKeys()
        for row in sheet.rows {
            let size = row.integer("size", minimum: 0, &log)
            if row.text("size") == nil { row.log(.missingValue(expected: .integer), "size", &log) }
            guard let name = row.required("team", &log), names.admit(name, row: row, column: "team", &log),
                  let size else { continue }
            tree.set(["teams", name], size)
            places["teams.\(name)"] = row
        }
    }

    /// An issue `SettingsReader` logged against an instance.toml key, moved to the cell that gave the key's
    /// value, or to the settings sheet when no cell did (a missing key).
    private static func place(_ issue: InstanceIssue, places: [String: SheetRow], settingsSheet: Sheet?,
                              calendarSheet: Sheet?) -> InstanceIssue {
        var placed = issue
        placed.inWorkbook = true
        placed.file = settingsSheet?.rows.first?.file ?? WorkbookSheet.settings.chineseName
        guard let key = issue.column else { return placed }
        if let row = places[key] {
            let column: String
            if case .unknownKey = issue.kind {
                column = "key"
            } else {
                column = key.hasPrefix("teams.") ? "size" : "value"
            }
            placed.file = row.file
            placed.row = row.line
            placed.column = row.header(column)
            placed.cell = row.indices[column].map { CellName.of(column: $0, row: row.line) }
        } else if key.hasPrefix("calendar.blackouts") || key == "calendar.holidays" || key == "calendar.workdays",
                  let calendarName = calendarSheet?.rows.first?.file {
            placed.file = calendarName
        }
        return placed
    }
}

/// The `type` of a calendar sheet row.
enum CalendarRowType: CaseIterable {
    case holiday, workday, blackout

    static let choices = ["holiday", "workday", "blackout", "假期", "调休上班", "禁训"]

    init?(parsing text: String) {
        switch text.lowercased() {
        case "holiday", "假期", "节假日": self = .holiday
        case "workday", "调休上班", "调休": self = .workday
        case "blackout", "禁训": self = .blackout
        default: return nil
        }
    }
}
