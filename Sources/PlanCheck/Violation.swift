import TrainPlanCore

/// One broken rule of a plan, naming the entities involved. The text is in ViolationMessages.swift.
public struct Violation: Sendable, Equatable {
    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    /// "FILE", "STRUCTURE", "SCHEDULE", "H1" … "H8", "KPI" or "SUMMARY".
    /// A cohort below its programme's minimum size (H4): what taking teachers out of a plan leaves, which a
    /// re-plan then refills.
    public var isUndersizedCohort: Bool {
        if case .cohortTooSmall = kind { return true }
        return false
    }

    public var rule: String {
        switch kind {
        case .missingFolder, .missingFile, .unreadableFile, .undecodableFile, .unterminatedQuote, .missingColumn:
            "FILE"
        case .missingValue, .cohortIDTooLong, .unknownProgramme, .unknownSite, .unknownTeacher, .unknownCohort, .duplicateCohort,
             .duplicateAssignment, .malformedSessions, .sessionsOutsideTerm, .malformedSize, .sizeMismatch, .emptyCohort:
            "STRUCTURE"
        case .siteNotAllowed, .onlineWithSessions, .sessionCount, .sessionLength, .outsideHorizon,
             .dayTypeNotAllowed, .outsideWindow, .siteUnavailable, .sessionsTooClose:
            "SCHEDULE"
        case .profileMismatch, .teacherUnavailable, .blackedOut, .outsideHomeDistrict:
            "H1"
        case .repeatedProgramme, .exclusiveGroup:
            "H2"
        case .doubleBooked:
            "H3"
        case .cohortTooSmall, .cohortTooLarge:
            "H4"
        case .roomsExceeded, .maxCohortsExceeded:
            "H5"
        case .teamExceeded:
            "H6"
        case .programmeQuotaExceeded, .subQuotaExceeded:
            "H7"
        case .tooManyAway:
            "H8"
        case .kpiMismatch, .kpiMissing, .unknownKPIProgramme:
            "KPI"
        case .assignmentDisagrees:
            "NOTE"
        case .unknownStatus, .missingSummaryField, .summaryFieldOfWrongType, .summaryNotAnObject, .boundAboveObjective, .gapMismatch,
             .otherInstance:
            "SUMMARY"
        }
    }

    /// The rule's code with its name, as `check` tags each line: "H4 班额" / "H4 cohort size", "文件" / "file".
    public func ruleTitle(_ language: Language) -> String {
        let (zh, en): (String, String) = switch rule {
        case "FILE": ("文件", "file")
        case "STRUCTURE": ("结构", "structure")
        case "NOTE": ("提示", "note")
        case "SCHEDULE": ("日程", "schedule")
        case "H1": ("H1 参训资格", "H1 eligibility")
        case "H2": ("H2 重复参训", "H2 repeated training")
        case "H3": ("H3 日期冲突", "H3 date clash")
        case "H4": ("H4 班额", "H4 cohort size")
        case "H5": ("H5 场地", "H5 site capacity")
        case "H6": ("H6 培训团队", "H6 training team")
        case "H7": ("H7 名额", "H7 quota")
        case "H8": ("H8 离岗上限", "H8 away cap")
        case "KPI": ("指标", "KPI")
        case "SUMMARY": ("摘要", "summary")
        default: (rule, rule)
        }
        return language.pick(zh, en)
    }

    /// The eligibility rule of H1 a teacher fails.
    enum ProfileCriterion: Sendable, Equatable {
        case stage, subject, tagsAny, tagsNone
    }

    enum Kind: Sendable, Equatable {
        // Plan files.
        /// The plan folder itself is absent, or is a file.
        case missingFolder(path: String, isFile: Bool)
        case missingFile(file: String)
        case unreadableFile(file: String, reason: String)
        /// Neither UTF-8 nor GB18030; `line`: the first row that is not.
        case undecodableFile(file: String, line: Int?)
        /// A quoted cell not closed; `line`: the row it starts on.
        case unterminatedQuote(file: String, line: Int)
        case missingColumn(file: String, column: String)
        // Structure. `line`: the row of cohorts.csv or assignments.csv, for a plan read from its folder.
        case missingValue(file: String, line: Int, column: String)
        /// `similar`: the known id the unknown one looks like (`LookAlikeIDs`), if any.
        case unknownProgramme(cohort: String, programme: String, line: Int? = nil, similar: String? = nil)
        case unknownSite(cohort: String, site: String, line: Int? = nil, similar: String? = nil)
        case unknownTeacher(teacher: String, cohort: String, line: Int? = nil, similar: String? = nil)
        case unknownCohort(teacher: String, cohort: String, line: Int? = nil, similar: String? = nil)
        case duplicateCohort(cohort: String, line: Int? = nil)
        case duplicateAssignment(teacher: String, cohort: String, line: Int? = nil)
        /// An informational column of assignments.csv (`program`, `site`, `sessions`) that says otherwise than
        /// the cohort's row in cohorts.csv: a planner's edit there moves nobody. A note (`CheckReport.notes`),
        /// not a broken rule.
        /// `firstDifference`: for sessions, the first range of each side that the other lacks ("" for none),
        /// since a long list is cut short in the message.
        case assignmentDisagrees(teacher: String, cohort: String, column: String, written: String, cohortValue: String, line: Int,
                                 firstDifference: [String]? = nil)
        case malformedSessions(cohort: String, text: String, line: Int? = nil)
        case cohortIDTooLong(length: Int, line: Int?)
        /// Dates far beyond the instance's term (`TermCalendar.isPlausible`): a typo such as
        /// 0001-01-01..9999-12-31 would otherwise be checked day by day (millions of days for every teacher).
        case sessionsOutsideTerm(cohort: String, text: String, term: DateRange, line: Int? = nil)
        case malformedSize(cohort: String, text: String, line: Int? = nil)
        case sizeMismatch(cohort: String, written: Int, assigned: Int)
        case emptyCohort(cohort: String)
        // Schedule.
        case siteNotAllowed(cohort: String, programme: String, site: String)
        case onlineWithSessions(cohort: String, programme: String)
        case sessionCount(cohort: String, programme: String, expected: Int, found: Int)
        case sessionLength(cohort: String, session: DateRange, expectedDays: Int)
        case outsideHorizon(cohort: String, dates: DateRange)
        case dayTypeNotAllowed(cohort: String, dates: DateRange, dayType: DayType)
        case outsideWindow(cohort: String, programme: String, dates: DateRange)
        case siteUnavailable(cohort: String, site: String, dates: DateRange)
        case sessionsTooClose(cohort: String, previous: DateRange, next: DateRange, gapDays: Int)
        // H1 – H8.
        case profileMismatch(teacher: String, cohort: String, programme: String, criterion: ProfileCriterion)
        case teacherUnavailable(teacher: String, cohort: String, dates: DateRange)
        case blackedOut(teacher: String, cohort: String, dates: DateRange, stage: Stage)
        case outsideHomeDistrict(teacher: String, cohort: String, site: String, teacherDistrict: String,
                                 siteDistrict: String?)
        case repeatedProgramme(teacher: String, programme: String, cohorts: [String])
        case exclusiveGroup(teacher: String, group: String, programmes: [String])
        case doubleBooked(teacher: String, date: PlanDate, cohorts: [String])
        case cohortTooSmall(cohort: String, size: Int, minimum: Int)
        case cohortTooLarge(cohort: String, size: Int, maximum: Int)
        case roomsExceeded(site: String, date: PlanDate, cohorts: [String], rooms: Int)
        case maxCohortsExceeded(site: String, opened: Int, maximum: Int)
        case teamExceeded(team: String, date: PlanDate, cohorts: [String], limit: Int)
        case programmeQuotaExceeded(programme: String, assigned: Int, maximum: Int)
        case subQuotaExceeded(programme: String, scope: Quota.Scope, scopeID: String, assigned: Int, maximum: Int)
        case tooManyAway(school: String, date: PlanDate, teachers: [String], maximum: Int)
        // summary.json against the recomputation.
        case kpiMismatch(name: String, written: Double, recomputed: Double)
        case kpiMissing(name: String)
        case unknownKPIProgramme(programme: String)
        case unknownStatus(status: String)
        case missingSummaryField(field: String)
        case summaryFieldOfWrongType(field: String)
        /// summary.json is not a JSON object (truncated, or edited by hand).
        case summaryNotAnObject
        case boundAboveObjective(bound: Double, objective: Double)
        case gapMismatch(written: Double, recomputed: Double)
        case otherInstance(written: String, expected: String)
    }
}
