import TOMLKit

/// What instance.toml holds (SPEC "instance.toml"), with defaults applied.
struct Settings {
    var name: String?
    /// nil when the horizon is missing or invalid.
    var calendar: TermCalendar?
    var defaults = Defaults()
    var weights = Weights()
    var teams: [TeamPool] = []
    /// Every key of `[teams]`, even one with a bad limit, so programmes naming it are not reported as well;
    /// nil when instance.toml could not be read.
    var declaredTeams: Set<String>?

    var horizon: DateRange? { calendar.map { DateRange(first: $0.start, last: $0.end) } }
}

/// Reads instance.toml.
enum SettingsReader {
    static func read(_ text: String, _ log: inout IssueLog) -> Settings {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: InvisibleCharacters.tomlText(text))
        } catch let error as TOMLParseError {
            log.add(.malformedTOML(reason: error.description), file: InstanceFile.settings.name,
                    row: error.source.begin.line)
            return Settings()
        } catch {
            log.add(.malformedTOML(reason: String(describing: error)), file: InstanceFile.settings.name)
            return Settings()
        }
        return read(root: root, &log)
    }

    /// Reads the settings from a TOML table (instance.toml's, or one a workbook's settings sheets built).
    static func read(root: TOMLTable, _ log: inout IssueLog) -> Settings {
        let top = TOMLSection(table: root, path: "")
        top.reportUnknownKeys(known: ["name", "calendar", "defaults", "weights", "teams"], &log)
        var settings = Settings()
        settings.declaredTeams = []
        settings.name = top.string("name", &log).map(Echo.printable)
        if let calendar = top.section("calendar", &log) {
            settings.calendar = readCalendar(calendar, &log)
        } else if top.table["calendar"] == nil {
            top.log(.missingKey(expected: .table), "calendar", &log)
        }
        if let defaults = top.section("defaults", &log) { settings.defaults = readDefaults(defaults, &log) }
        if let weights = top.section("weights", &log) { settings.weights = readWeights(weights, &log) }
        if let teams = top.section("teams", &log) {
            settings.teams = readTeams(teams, &log)
            settings.declaredTeams = Set(teams.table.keys)
        }
        return settings
    }

    private static func readCalendar(_ section: TOMLSection, _ log: inout IssueLog) -> TermCalendar? {
        section.reportUnknownKeys(known: ["start", "end", "holidays", "workdays", "blackouts"], &log)
        let start = section.date("start", &log)
        let end = section.date("end", &log)
        let holidays = section.dateRanges("holidays", &log)
        let workdays = section.dateRanges("workdays", &log)
        let blackouts = readBlackouts(section, &log)
        guard let start, let end else { return nil }
        guard start <= end else {
            section.log(.endBeforeStart(start: start, end: end), "end", &log)
            return nil
        }
        let days = end.ordinal - start.ordinal + 1
        guard days <= ValueLimits.longestHorizonDays else {
            section.log(.horizonTooLong(days: days, limit: ValueLimits.longestHorizonDays), "end", &log)
            return nil
        }
        let horizon = DateRange(first: start, last: end)
        // Last year's holidays pasted in change nothing: worth a word, as a site closed all term is.
        for (key, ranges) in [("holidays", holidays), ("workdays", workdays)] {
            for range in ranges where range.last < start || range.first > end {
                section.log(.outsideHorizon("\(range)", horizon: horizon), key, &log, severity: .warning)
            }
        }
        return TermCalendar(
            start: start, end: end,
            holidays: holidays.dates(within: horizon),
            workdays: workdays.dates(within: horizon),
            blackouts: blackouts.map { Blackout(dates: $0.dates.dates(within: horizon), stages: $0.stages) }
        )
    }

    private static func readBlackouts(_ calendar: TOMLSection, _ log: inout IssueLog)
        -> [(dates: [DateRange], stages: Set<Stage>)] {
        guard let value = calendar.table["blackouts"] else { return [] }
        guard let array = value.array else {
            calendar.log(.wrongType(found: value.type.description, expected: .table), "blackouts", &log)
            return []
        }
        var blackouts: [(dates: [DateRange], stages: Set<Stage>)] = []
        for (index, item) in array.enumerated() {
            let key = "blackouts[\(index + 1)]"
            guard let table = item.table else {
                calendar.log(.wrongType(found: item.type.description, expected: .table), key, &log)
                continue
            }
            let blackout = TOMLSection(table: table, path: calendar.keyPath(key))
            blackout.reportUnknownKeys(known: ["dates", "stages"], &log)
            var stages: Set<Stage> = []
            for name in blackout.strings("stages", &log) {
                if let stage = Stage(parsing: name.trimmingSpaces()) {
                    stages.insert(stage)
                } else {
                    blackout.log(.unknownChoice(name, choices: CellWords.stageChoices), "stages", &log)
                }
            }
            blackouts.append((blackout.dateRanges("dates", &log), stages))
        }
        return blackouts
    }

    private static func readDefaults(_ section: TOMLSection, _ log: inout IssueLog) -> Defaults {
        section.reportUnknownKeys(
            known: ["weekly_periods", "max_away_share", "soft_away_share", "road_factor", "target_hours"], &log)
        var defaults = Defaults()
        // weekly_periods and target_hours divide costs, so they must be positive.
        defaults.weeklyPeriods = section.number("weekly_periods", defaults.weeklyPeriods, minimum: 1, &log)
        defaults.maxAwayShare = section.number("max_away_share", defaults.maxAwayShare, range: 0...1, &log)
        defaults.softAwayShare = section.number("soft_away_share", defaults.softAwayShare, range: 0...1, &log)
        defaults.roadFactor = section.number("road_factor", defaults.roadFactor, minimum: 1, &log)
        defaults.targetHours = section.number("target_hours", defaults.targetHours, minimum: 1, &log)
        return defaults
    }

    private static func readWeights(_ section: TOMLSection, _ log: inout IssueLog) -> Weights {
        section.reportUnknownKeys(
            known: ["shortfall", "teaching_day", "weekend_day", "holiday_day", "concentration", "km", "priority"],
            &log)
        var weights = Weights()
        weights.shortfall = section.number("shortfall", weights.shortfall, minimum: 0, &log)
        weights.teachingDay = section.number("teaching_day", weights.teachingDay, minimum: 0, &log)
        weights.weekendDay = section.number("weekend_day", weights.weekendDay, minimum: 0, &log)
        weights.holidayDay = section.number("holiday_day", weights.holidayDay, minimum: 0, &log)
        weights.concentration = section.number("concentration", weights.concentration, minimum: 0, &log)
        weights.km = section.number("km", weights.km, minimum: 0, &log)
        weights.priority = section.number("priority", weights.priority, minimum: 0, &log)
        return weights
    }

    private static func readTeams(_ section: TOMLSection, _ log: inout IssueLog) -> [TeamPool] {
        section.table.keys.sorted().compactMap { name in
            section.integer(name, minimum: 0, &log).map { TeamPool(name: name, limit: $0) }
        }
    }
}
