/// Reads programs.csv and checks each programme against the calendar, sites, teams and teachers.
enum ProgrammesReader {
    static func read(_ sheet: Sheet, _ context: LoadingContext, _ log: inout IssueLog) -> [Programme] {
        var ids = UniqueKeys(ids: true)
        var exclusiveGroups = UniqueKeys(ids: true)
        var programmes: [Programme] = []
        for row in sheet.rows {
            guard let id = row.required("id", &log), ids.admit(id, row: row, column: "id", &log) else { continue }
            guard let mode = row.requiredChoice("mode", choices: CellWords.modeChoices, &log,
                                                parse: ProgrammeMode.init(parsing:))
            else { continue }
            var programme = Programme(id: id, name: row.displayName(), level: row.text("level") ?? "",
                                      mode: mode)
            readSchedule(row, into: &programme, context, &log)
            readEligibility(row, into: &programme, &log)
            readQuota(row, into: &programme, context, &log)
            readCohorts(row, into: &programme, &log)
            readSites(row, into: &programme, context, &log)
            programme.exclusive = row.text("exclusive")
            if let group = programme.exclusive { exclusiveGroups.noteLabel(group, row: row, column: "exclusive", &log) }
            programme.substitute = row.number("substitute", range: 0...1, &log) ?? 0
            programme.team = row.text("team")
            if let team = programme.team {
                LoadingContext.check(team, in: context.declaredTeams, as: .team, row: row, column: "team", &log)
            }
            programmes.append(programme)
        }
        return programmes
    }

    /// sessions, days, gap_days, day_types, window, hours.
    private static func readSchedule(_ row: SheetRow, into programme: inout Programme, _ context: LoadingContext,
                                     _ log: inout IssueLog) {
        let online = programme.mode == .online
        programme.sessions = row.integer("sessions", minimum: 1, &log) ?? 1
        programme.days = row.integer("days", minimum: 0, &log) ?? (online ? 0 : 1)
        if online != (programme.days == 0) {
            row.log(.daysForMode(days: programme.days, mode: programme.mode), "days", &log)
        }
        programme.gapDays = row.integer("gap_days", minimum: 0, &log) ?? 7
        let dayTypes = row.choices("day_types", choices: CellWords.dayTypeChoices, &log, parse: CellWords.dayType)
        programme.dayTypes = dayTypes.isEmpty ? Set(DayType.allCases) : dayTypes
        if let window = row.dateRanges("window", &log) {
            if let horizon = context.horizon, window.liesOutside(horizon) {
                row.log(.outsideHorizon(row.text("window") ?? "", horizon: horizon), "window", &log)
            }
            programme.window = window.dates(within: context.horizon)
        }
        programme.hours = row.number("hours", minimum: 0, &log) ?? 0
    }

    /// stages, subjects, tags_any, tags_none.
    private static func readEligibility(_ row: SheetRow, into programme: inout Programme, _ log: inout IssueLog) {
        programme.stages = row.choices("stages", choices: CellWords.stageChoices, &log, parse: Stage.init(parsing:))
        programme.subjects = Set(row.list("subjects"))
        programme.tagsAny = row.tags("tags_any", &log)
        programme.tagsNone = row.tags("tags_none", &log)
    }

    /// quota_min, quota_max; needs the teachers to size `all`.
    private static func readQuota(_ row: SheetRow, into programme: inout Programme, _ context: LoadingContext,
                                  _ log: inout IssueLog) {
        if let text = row.text("quota_min"), CellWords.isAllEligible(text) {
            programme.quotaMin = .allEligible
        } else if let text = row.text("quota_min"), Int(text) == nil {
            row.log(.badValue(text, expected: .quotaMinimum), "quota_min", &log)
        } else {
            programme.quotaMin = .seats(row.integer("quota_min", minimum: 0, &log) ?? 0)
        }
        programme.quotaMax = row.integer("quota_max", minimum: 0, &log)

        guard let max = programme.quotaMax else { return }
        let min: Int? = switch programme.quotaMin {
        case .seats(let seats): seats
        case .allEligible: context.teachers.map { teachers in teachers.count { programme.admitsProfile(of: $0) } }
        }
        if let min, min > max {
            row.log(.minAboveMax(min: min, max: max, maxColumn: row.header("quota_max")), "quota_min", &log)
        }
    }

    /// cohort_min, cohort_max, cohort_cost.
    private static func readCohorts(_ row: SheetRow, into programme: inout Programme, _ log: inout IssueLog) {
        programme.cohortMin = row.integer("cohort_min", minimum: 1, &log) ?? 1
        programme.cohortMax = row.integer("cohort_max", minimum: 1, &log)
        if let max = programme.cohortMax, programme.cohortMin > max {
            row.log(.minAboveMax(min: programme.cohortMin, max: max, maxColumn: row.header("cohort_max")),
                    "cohort_min", &log)
        }
        programme.cohortCost = row.number("cohort_cost", minimum: 0, &log) ?? 0
    }

    /// sites, home_district: every listed site must exist, and some site must be usable.
    private static func readSites(_ row: SheetRow, into programme: inout Programme, _ context: LoadingContext,
                                  _ log: inout IssueLog) {
        programme.sites = row.list("sites")
        programme.homeDistrict = row.boolean("home_district", &log) ?? false
        guard let sites = context.sites else { return }

        let known = Set(sites.map(\.id))
        for id in programme.sites {
            LoadingContext.check(id, in: known, as: .site, row: row, column: "sites", &log)
        }
        let allowed = programme.sites.isEmpty
            ? sites.filter { programme.mode.defaultSiteKinds.contains($0.kind) }
            : sites.filter { programme.sites.contains($0.id) }
        if programme.sites.isEmpty && allowed.isEmpty {
            row.log(.noSiteForMode(mode: programme.mode), "mode", &log)
        }
        if programme.homeDistrict, !allowed.isEmpty, allowed.allSatisfy({ $0.district == nil }) {
            row.log(.noDistrictForHomeDistrict, "home_district", &log)
        }
    }
}
