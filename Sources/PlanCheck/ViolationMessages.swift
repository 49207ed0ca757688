import Foundation
import TrainPlanCore

// All human-facing text of the checker, in Chinese and English.

extension Violation {
    public func message(_ language: Language) -> String {
        let say = language.pick
        /// "cohorts.csv 第 3 行：" (or "cohorts.csv 第 3 行 "site" 列：") before a problem of a plan read from its
        /// folder; nothing for a plan in memory.
        func at(_ file: String, _ line: Int?, column: String? = nil) -> String {
            line == nil ? "" : Echo.place(file, line: line, column: column, language)
        }
        switch kind {
        case .missingFolder(let path, let isFile):
            return isFile ? say("“\(Echo.value(path))”是文件，不是计划文件夹", "\"\(Echo.value(path))\" is a file, not a plan folder")
                : say("计划文件夹“\(Echo.value(path))”不存在（请检查路径）", "the plan folder \"\(Echo.value(path))\" does not exist (check the path)")
        case .missingFile(let file):
            return say("缺少文件 \(Echo.value(file))", "Missing file \(Echo.value(file))")
        case .unreadableFile(let file, let reason):
            return say("无法读取 \(Echo.value(file))：\(Echo.value(reason))", "Cannot read \(Echo.value(file)): \(Echo.value(reason))")
        case .undecodableFile(let file, let line):
            let text = TextDecoding.undecodableCSV(language)
            return line == nil ? say("\(Echo.value(file))：", "\(Echo.value(file)): ") + text : at(file, line) + text
        case .unterminatedQuote(let file, let line):
            return at(file, line) + say("引号未闭合", "a quote is not closed")
        case .missingColumn(let file, let column):
            // Row 1 is the header row, where the column should be.
            return at(file, 1) + say("缺少列 \"\(Echo.value(column))\"", "no column \"\(Echo.value(column))\"")
        case .missingValue(let file, let line, let column):
            return at(Echo.value(file), line, column: column) + say("单元格为空", "the cell is empty")
        case .unknownProgramme(let cohort, let programme, let line, let similar):
            return at(PlanFolder.cohortsFile, line, column: "program") + say("班次 \(Echo.value(cohort))：未知项目 \"\(Echo.value(programme))\"", "Cohort \(Echo.value(cohort)): unknown programme \"\(Echo.value(programme))\"")
                + LookAlikeIDs.hint(similar, language)
        case .unknownSite(let cohort, let site, let line, let similar):
            return at(PlanFolder.cohortsFile, line, column: "site") + say("班次 \(Echo.value(cohort))：未知培训点 \"\(Echo.value(site))\"", "Cohort \(Echo.value(cohort)): unknown site \"\(Echo.value(site))\"")
                + LookAlikeIDs.hint(similar, language)
        case .unknownTeacher(let teacher, let cohort, let line, let similar):
            return at(PlanFolder.assignmentsFile, line, column: "teacher") + say("班次 \(Echo.value(cohort))：未知教师 \"\(Echo.value(teacher))\"", "Cohort \(Echo.value(cohort)): unknown teacher \"\(Echo.value(teacher))\"")
                + LookAlikeIDs.hint(similar, language)
        case .unknownCohort(let teacher, let cohort, let line, let similar):
            return at(PlanFolder.assignmentsFile, line, column: "cohort") + say("教师 \(Echo.value(teacher))：未知班次 \"\(Echo.value(cohort))\"", "Teacher \(Echo.value(teacher)): unknown cohort \"\(Echo.value(cohort))\"")
                + LookAlikeIDs.hint(similar, language)
        case .duplicateCohort(let cohort, let line):
            return at(PlanFolder.cohortsFile, line, column: "cohort") + say("班次编号 \"\(Echo.value(cohort))\" 重复", "Duplicate cohort id \"\(Echo.value(cohort))\"")
        case .assignmentDisagrees(let teacher, let cohort, let column, let written, let cohortValue, let line, let firstDifference):
            // A side with no range the other lacks is left out: "班次 无" read as if the cohort had no dates.
            let difference = firstDifference.map { ranges -> String in
                switch (ranges[0].isEmpty, ranges[1].isEmpty) {
                case (false, false):
                    say("；首个不同的日期段：本行 \(ranges[0])，班次 \(ranges[1])", "; first ranges that differ: \(ranges[0]) here, \(ranges[1]) in the cohort")
                case (false, true):
                    say("；本行的 \(ranges[0]) 有班次没有的日期", "; \(ranges[0]) here has days the cohort has not")
                case (true, false):
                    say("；班次的 \(ranges[1]) 有本行没有的日期", "; \(ranges[1]) in the cohort has days this row has not")
                case (true, true):
                    ""
                }
            } ?? ""
            return at(PlanFolder.assignmentsFile, line) + say(
                "教师 \(Echo.value(teacher)) 的 \"\(column)\" 列写的是 \"\(Echo.value(written))\"，但班次 \(Echo.value(cohort)) 在 cohorts.csv 中是 \"\(Echo.value(cohortValue))\"（该列只供阅读，以 cohorts.csv 为准；请更新或清空该列\(difference)）",
                "Teacher \(Echo.value(teacher)): \"\(column)\" says \"\(Echo.value(written))\" but cohort \(Echo.value(cohort)) has \"\(Echo.value(cohortValue))\" in cohorts.csv (the column is for reading only and cohorts.csv counts: update or clear it\(difference))")
        case .duplicateAssignment(let teacher, let cohort, let line):
            return at(PlanFolder.assignmentsFile, line) + say("教师 \(Echo.value(teacher)) 在班次 \(Echo.value(cohort)) 中重复出现", "Teacher \(Echo.value(teacher)) is assigned to cohort \(Echo.value(cohort)) twice")
        case .cohortIDTooLong(let length, let line):
            return at(PlanFolder.cohortsFile, line, column: "cohort") + say("班次编号过长（\(length) 个字符，最多 \(ValueLimits.longestCohortID) 个）",
                                                          "cohort id too long (\(length) characters, at most \(ValueLimits.longestCohortID))")
        case .malformedSessions(let cohort, let text, let line):
            return at(PlanFolder.cohortsFile, line, column: "sessions") + say("班次 \(Echo.value(cohort))：各次日期有误：", "Cohort \(Echo.value(cohort)): malformed sessions: ")
                + PlanTable.sessionsProblem(text, language)
        case .sessionsOutsideTerm(let cohort, let text, let term, let line):
            return at(PlanFolder.cohortsFile, line, column: "sessions") + say("班次 \(Echo.value(cohort))：日期 \"\(Echo.value(text))\" 远在计划期 \(term) 之外（年份写错？），此班次不再检查其他规定",
                                                          "Cohort \(Echo.value(cohort)): sessions \"\(Echo.value(text))\" lie far outside the term \(term) (a wrong year?); the cohort is not checked further")
        case .malformedSize(let cohort, let text, let line):
            return at(PlanFolder.cohortsFile, line, column: "size") + say("班次 \(Echo.value(cohort))：人数格式错误 \"\(Echo.value(text))\"", "Cohort \(Echo.value(cohort)): malformed size \"\(Echo.value(text))\"")
        case .sizeMismatch(let cohort, let written, let assigned):
            return say("班次 \(Echo.value(cohort))：人数写为 \(written)，实际分配 \(assigned) 人",
                       "Cohort \(Echo.value(cohort)): size says \(written) but \(assigned) teachers are assigned")
        case .emptyCohort(let cohort):
            return say("班次 \(Echo.value(cohort)) 没有分配教师", "Cohort \(Echo.value(cohort)) has no teachers")
        case .siteNotAllowed(let cohort, let programme, let site):
            return say("班次 \(Echo.value(cohort))：项目 \(Echo.value(programme)) 不能在培训点 \(Echo.value(site)) 开班",
                       "Cohort \(Echo.value(cohort)): programme \(Echo.value(programme)) may not use site \(Echo.value(site))")
        case .onlineWithSessions(let cohort, let programme):
            return say("班次 \(Echo.value(cohort))：网络项目 \(Echo.value(programme)) 不应有面授日期",
                       "Cohort \(Echo.value(cohort)): online programme \(Echo.value(programme)) must have no sessions")
        case .sessionCount(let cohort, let programme, let expected, let found):
            return say("班次 \(Echo.value(cohort))：项目 \(Echo.value(programme)) 应有 \(expected) 次培训，计划有 \(found) 次",
                       "Cohort \(Echo.value(cohort)): programme \(Echo.value(programme)) needs \(expected) sessions, the plan has \(found)")
        case .sessionLength(let cohort, let session, let expectedDays):
            return say("班次 \(Echo.value(cohort))：培训 \(session) 应为连续 \(expectedDays) 天",
                       "Cohort \(Echo.value(cohort)): session \(session) must be \(expectedDays) consecutive days")
        case .outsideHorizon(let cohort, let dates):
            return say("班次 \(Echo.value(cohort))：\(dates) 超出计划期", "Cohort \(Echo.value(cohort)): \(dates) is outside the horizon")
        case .dayTypeNotAllowed(let cohort, let dates, let dayType):
            return say("班次 \(Echo.value(cohort))：\(dates) 为\(dayType.chineseName)，项目不允许",
                       "Cohort \(Echo.value(cohort)): \(dates) is a \(dayType.rawValue) day, not allowed by the programme")
        case .outsideWindow(let cohort, let programme, let dates):
            return say("班次 \(Echo.value(cohort))：\(dates) 不在项目 \(Echo.value(programme)) 的时间窗内",
                       "Cohort \(Echo.value(cohort)): \(dates) is outside the window of programme \(Echo.value(programme))")
        case .siteUnavailable(let cohort, let site, let dates):
            return say("班次 \(Echo.value(cohort))：培训点 \(Echo.value(site)) 在 \(dates) 不可用",
                       "Cohort \(Echo.value(cohort)): site \(Echo.value(site)) is not available on \(dates)")
        case .sessionsTooClose(let cohort, let previous, let next, let gapDays):
            return say("班次 \(Echo.value(cohort))：培训 \(next) 应在 \(previous) 结束后开始，且与其开始相隔至少 \(gapDays) 天",
                       "Cohort \(Echo.value(cohort)): session \(next) must start after \(previous) ends and at least \(gapDays) days after it starts")
        case .profileMismatch(let teacher, let cohort, let programme, let criterion):
            return say("教师 \(Echo.value(teacher)) 不符合项目 \(Echo.value(programme)) 的\(criterion.chineseName)要求（班次 \(Echo.value(cohort))）",
                       "Teacher \(Echo.value(teacher)) does not meet the \(criterion.englishName) rule of programme \(Echo.value(programme)) (cohort \(Echo.value(cohort)))")
        case .teacherUnavailable(let teacher, let cohort, let dates):
            return say("教师 \(Echo.value(teacher)) 在 \(dates) 不可参训（班次 \(Echo.value(cohort))）",
                       "Teacher \(Echo.value(teacher)) is unavailable on \(dates) (cohort \(Echo.value(cohort)))")
        case .blackedOut(let teacher, let cohort, let dates, let stage):
            return say("教师 \(Echo.value(teacher))：\(dates) 为\(stage.rawValue)禁训日（班次 \(Echo.value(cohort))）",
                       "Teacher \(Echo.value(teacher)): \(dates) is blacked out for \(stage.rawValue) (cohort \(Echo.value(cohort)))")
        case .outsideHomeDistrict(let teacher, let cohort, let site, let teacherDistrict, let siteDistrict):
            return say("教师 \(Echo.value(teacher))（学区 \(teacherDistrict)）不能在培训点 \(Echo.value(site))（学区 \(siteDistrict ?? "无")）参加本学区项目（班次 \(Echo.value(cohort))）",
                       "Teacher \(Echo.value(teacher)) (district \(teacherDistrict)) may not join home-district cohort \(Echo.value(cohort)) at site \(Echo.value(site)) (district \(siteDistrict ?? "none"))")
        case .repeatedProgramme(let teacher, let programme, let cohorts):
            return say("教师 \(Echo.value(teacher)) 参加项目 \(Echo.value(programme)) 的多个班次：\(list(cohorts))",
                       "Teacher \(Echo.value(teacher)) is in several cohorts of programme \(Echo.value(programme)): \(list(cohorts))")
        case .exclusiveGroup(let teacher, let group, let programmes):
            return say("教师 \(Echo.value(teacher)) 参加互斥组 \(group) 的多个项目：\(list(programmes))",
                       "Teacher \(Echo.value(teacher)) joins several programmes of exclusive group \(group): \(list(programmes))")
        case .doubleBooked(let teacher, let date, let cohorts):
            return say("教师 \(Echo.value(teacher)) 在 \(date) 同时参加多个班次：\(list(cohorts))",
                       "Teacher \(Echo.value(teacher)) is in several cohorts on \(date): \(list(cohorts))")
        case .cohortTooSmall(let cohort, let size, let minimum):
            return say("班次 \(Echo.value(cohort)) 有 \(size) 人，少于开班下限 \(minimum)",
                       "Cohort \(Echo.value(cohort)) has \(size) teachers, fewer than the minimum \(minimum)")
        case .cohortTooLarge(let cohort, let size, let maximum):
            return say("班次 \(Echo.value(cohort)) 有 \(size) 人，超过上限 \(maximum)",
                       "Cohort \(Echo.value(cohort)) has \(size) teachers, more than the maximum \(maximum)")
        case .roomsExceeded(let site, let date, let cohorts, let rooms):
            return say("培训点 \(Echo.value(site)) 在 \(date) 有 \(cohorts.count) 个班次（\(list(cohorts))），教室只有 \(rooms) 间",
                       "Site \(Echo.value(site)) has \(cohorts.count) cohorts on \(date) (\(list(cohorts))) but \(rooms) rooms")
        case .maxCohortsExceeded(let site, let opened, let maximum):
            return say("培训点 \(Echo.value(site)) 开班 \(opened) 个，超过上限 \(maximum)",
                       "Site \(Echo.value(site)) opens \(opened) cohorts, more than its maximum \(maximum)")
        case .teamExceeded(let team, let date, let cohorts, let limit):
            return say("培训团队 \(team) 在 \(date) 有 \(cohorts.count) 个班次（\(list(cohorts))），上限 \(limit)",
                       "Team \(team) has \(cohorts.count) cohorts on \(date) (\(list(cohorts))), limit \(limit)")
        case .programmeQuotaExceeded(let programme, let assigned, let maximum):
            return say("项目 \(Echo.value(programme)) 分配 \(assigned) 人，超过最多名额 \(maximum)",
                       "Programme \(Echo.value(programme)) has \(assigned) teachers, more than its quota maximum \(maximum)")
        case .subQuotaExceeded(let programme, let scope, let scopeID, let assigned, let maximum):
            return say("项目 \(Echo.value(programme)) 在\(scope.chineseName) \(scopeID) 分配 \(assigned) 人，超过最多名额 \(maximum)",
                       "Programme \(Echo.value(programme)) has \(assigned) teachers of \(scope.rawValue) \(scopeID), more than the sub-quota maximum \(maximum)")
        case .tooManyAway(let school, let date, let teachers, let maximum):
            return say("学校 \(school) 在教学日 \(date) 有 \(teachers.count) 名教师外出（\(list(teachers))），上限 \(maximum)",
                       "School \(school) has \(teachers.count) teachers away on teaching day \(date) (\(list(teachers))), cap \(maximum)")
        case .kpiMismatch(let name, let written, let recomputed):
            return say("指标 \(name)：计划写为 \(number(written))，重算为 \(number(recomputed))",
                       "KPI \(name): the plan says \(number(written)), recomputed \(number(recomputed))")
        case .kpiMissing(let name):
            return say("summary.json 缺少指标 \(name)", "summary.json lacks KPI \(name)")
        case .unknownKPIProgramme(let programme):
            return say("summary.json 的 shortfall_by_program 含未知项目 \"\(Echo.value(programme))\"",
                       "summary.json shortfall_by_program names unknown programme \"\(Echo.value(programme))\"")
        case .unknownStatus(let status):
            return say("summary.json：未知状态 \"\(status)\"", "summary.json: unknown status \"\(status)\"")
        case .missingSummaryField(let field):
            return say("summary.json 缺少字段 \(field)", "summary.json lacks field \(field)")
        case .summaryFieldOfWrongType(let field):
            return say("summary.json 字段 \(field) 的值类型不对（数值应为数字，status、input_hash 应为文字，kpis 应为对象）",
                       "summary.json field \(field) has a value of the wrong type (numbers for figures, text for status and input_hash, an object for kpis)")
        case .summaryNotAnObject:
            return say("summary.json 不是有效的 JSON 对象（文件可能被截断或手工改坏），重新求解或删掉它即可只检查规定",
                       "summary.json is not a valid JSON object (truncated or edited by hand); solve again, or delete it to check the rules only")
        case .boundAboveObjective(let bound, let objective):
            return say("summary.json：下界 \(number(bound)) 大于目标值 \(number(objective))",
                       "summary.json: bound \(number(bound)) exceeds objective \(number(objective))")
        case .gapMismatch(let written, let recomputed):
            return say("summary.json：相对差距写为 \(number(written))，应为 \(number(recomputed))",
                       "summary.json: gap says \(number(written)), expected \(number(recomputed))")
        case .otherInstance(let written, let expected):
            return say("summary.json：输入哈希 \"\(written)\" 与实例 \"\(expected)\" 不符，计划出自另一实例",
                       "summary.json: input hash \"\(written)\" is not the instance's \"\(expected)\"; the plan is for another instance")
        }
    }

    private func list(_ ids: [String]) -> String { ids.joined(separator: ", ") }
}

extension CheckReport {
    /// The closing line of `trainplan check`.
    public func verdict(_ language: Language) -> String {
        guard planRead else {
            return language.pick("计划无法读取：\(violations.count) 处文件问题，规定未检查", "Plan unreadable: \(violations.count) file problems; no rule checked")
        }
        let objectiveText = number(objective)
        if isValid {
            return summaryChecked
                ? language.pick("计划有效，重算目标值 \(objectiveText)", "Plan valid; recomputed objective \(objectiveText)")
                : language.pick("计划有效（无 summary.json，仅检查规则），重算目标值 \(objectiveText)",
                                "Plan valid (no summary.json, rules only); recomputed objective \(objectiveText)")
        }
        return language.pick("计划无效：\(violations.count) 处问题，重算目标值 \(objectiveText)",
                             "Plan invalid: \(violations.count) violations; recomputed objective \(objectiveText)")
    }
}

/// Six decimals, enough to show any difference beyond the comparison tolerance, without trailing zeros.
func number(_ value: Double) -> String {
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
}

private extension DayType {
    var chineseName: String {
        switch self {
        case .teaching: "教学日"
        case .weekend: "周末"
        case .holiday: "假期"
        }
    }
}

private extension Violation.ProfileCriterion {
    var chineseName: String {
        switch self {
        case .stage: "学段"
        case .subject: "学科"
        case .tagsAny: "需含标签"
        case .tagsNone: "排除标签"
        }
    }

    var englishName: String {
        switch self {
        case .stage: "stage"
        case .subject: "subject"
        case .tagsAny: "tags_any"
        case .tagsNone: "tags_none"
        }
    }
}

private extension Quota.Scope {
    var chineseName: String {
        switch self {
        case .district: "学区"
        case .school: "学校"
        }
    }
}
