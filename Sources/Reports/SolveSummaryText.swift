import Foundation
import TrainPlanCore

/// The terminal summary of a solved plan, in the planner's language.
public struct SolveSummaryText {
    public let instance: Instance
    public let result: PlanResult
    public let language: Language

    public init(instance: Instance, result: PlanResult, language: Language) {
        self.instance = instance
        self.result = result
        self.language = language
    }

    public func render() -> String {
        var lines: [String] = []
        lines += statusLines()
        lines.append("")
        lines += quotaLines()
        lines.append("")
        lines += workloadLines()
        lines.append("")
        lines += siteLines()
        lines.append("")
        lines += burdenedSchoolLines()
        let reasons = ShortfallExplainer(instance: instance, plan: result.plan, proven: result.provenShortfall,
                                         planIsOptimal: result.status == .optimal).explain()
        if !reasons.isEmpty {
            lines.append("")
            lines.append(language.pick("名额缺口原因：", "Why quotas are short:"))
            lines += reasons.map { "  " + $0.message(language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A limit shorter than what the instance needs for its first plan (a city's greedy plan and decomposition
    /// take about 5 s), or than a calculation under way when it was reached, is overrun: the planner is told.
    private func overrunLines() -> [String] {
        guard let limit = result.options.timeLimit, result.seconds > limit + Self.overrunTolerance else { return [] }
        let used = String(format: "%.1f", result.seconds)
        let asked = NumberText.format(limit)
        let advice = result.status == .optimal ? ("", "")
            : ("；如需更好的方案，请放宽 --time-limit", "; allow more with --time-limit for a better plan")
        return [language.pick(
            "用时 \(used) 秒，超过时间限制 \(asked) 秒：正在进行的计算要做完才能停下，较大的实例得出第一份方案可能就要这么久\(advice.0)",
            "Took \(used) s, more than the time limit of \(asked) s: a calculation under way must end before the solve stops, and a large instance may need that long for its first plan\(advice.1)")]
    }

    /// Seconds past the limit that are not worth a word (writing the plan, GLPK's last callback).
    static let overrunTolerance = 0.5

    private func statusLines() -> [String] {
        let status: String = switch result.status {
        case .optimal: language.pick("最优", "optimal")
        case .feasible: language.pick("可行（未证明最优）", "feasible (not proven optimal)")
        case .infeasible: language.pick("无可行方案", "infeasible")
        case .error: language.pick("出错", "error")
        }
        return [
            language.pick("求解状态：", "Status: ") + status
                + language.pick("，目标值 ", ", objective ") + Self.number(result.objective)
                + language.pick("，下界 ", ", bound ") + Self.number(result.bound)
                + language.pick("，相对差距 ", ", gap ") + String(format: "%.4f%%", result.gap * 100)
                + language.pick("，用时 ", ", time ") + String(format: "%.1f s", result.seconds),
            language.pick("模型规模：", "Model: ")
                + "\(result.modelSize.teachers) " + language.pick("名教师 → ", "teachers → ")
                + "\(result.modelSize.groups) " + language.pick("组，", "groups, ")
                + "\(result.modelSize.candidatesKept)/\(result.modelSize.candidatesGenerated) "
                + language.pick("个候选班次，", "candidate cohorts, ")
                + wholeModelSize(result.modelSize),
        ] + overrunLines()
    }

    /// "rows × columns", or, when the decomposed solve never built the whole model, its least size.
    private func wholeModelSize(_ size: ModelSize) -> String {
        guard let rows = size.rows, let columns = size.columns else {
            return language.pick("整体模型至少 \(size.decisionColumns) 列（未构建，分块求解）",
                                 "whole model at least \(size.decisionColumns) columns (not built; solved by blocks)")
        }
        return "\(rows) " + language.pick("行 × ", "rows × ") + "\(columns) " + language.pick("列", "columns")
    }

    private func quotaLines() -> [String] {
        var assigned = [Int: Int]()
        for cohort in result.plan.cohorts { assigned[cohort.programme, default: 0] += cohort.teachers.count }
        var lines = [language.pick("名额落实（最少 / 最多 / 已安排 / 缺口）：", "Quotas (min / max / assigned / shortfall):")]
        for (index, programme) in instance.programmes.enumerated() {
            let maximum = instance.quotaMaxSeats(programme).map(String.init) ?? "—"
            let shortfall = result.metrics.shortfallByProgramme[programme.id] ?? 0
            lines.append("  \(programme.id) \(programme.name)\(colon)\(instance.quotaMinSeats(programme)) / \(maximum) / "
                + "\(assigned[index] ?? 0) / \(shortfall)")
        }
        return lines
    }

    private func workloadLines() -> [String] {
        let metrics = result.metrics
        return [
            language.pick("工学矛盾：教学日缺课 ", "Work-study conflict: ") + "\(metrics.teachingDaysLost) "
                + language.pick("人·天，成本 ", "teacher-days lost on teaching days, cost ") + Self.number(metrics.workStudyCost)
                + language.pick("；集中外出成本 ", "; concentration cost ") + Self.number(metrics.concentrationCost),
            language.pick("交通里程：", "Travel: ") + Self.number(metrics.travelKm) + " km"
                + language.pick("；开班 ", "; cohorts opened ") + "\(metrics.cohortsOpened)"
                + language.pick("，开班费用 ", ", cohort cost ") + Self.number(metrics.cohortCost)
                + language.pick("；学时优先奖励 ", "; priority reward ") + Self.number(metrics.priorityReward),
        ]
    }

    private func siteLines() -> [String] {
        var bySite = [Int: (cohorts: Int, teachers: Int)]()
        for cohort in result.plan.cohorts {
            bySite[cohort.site, default: (0, 0)].cohorts += 1
            bySite[cohort.site, default: (0, 0)].teachers += cohort.teachers.count
        }
        var lines = [language.pick("各培训点开班：", "Cohorts by site:")]
        for site in bySite.keys.sorted() {
            let (cohorts, teachers) = bySite[site]!
            lines.append("  \(instance.sites[site].id) \(instance.sites[site].name)\(colon)\(cohorts) "
                + language.pick("个班，", "cohorts, ") + "\(teachers) " + language.pick("人", "teachers"))
        }
        if bySite.isEmpty { lines.append(language.pick("  （无）", "  (none)")) }
        return lines
    }

    /// Schools with the most teacher-days away on teaching days, and their peak share away on one day.
    private func burdenedSchoolLines() -> [String] {
        let burden = SchoolBurden(instance: instance, plan: result.plan)
        let top = burden.schools.prefix(5)
        var lines = [language.pick("负担最重的学校（教学日缺课人·天，单日最多外出）：",
                                   "Most burdened schools (teacher-days away on teaching days, peak away on one day):")]
        for entry in top {
            let school = instance.schools[entry.school]
            lines.append("  \(school.id) \(school.name)\(colon)\(entry.teacherDays)\(comma)\(entry.peakAway)/\(entry.staff)")
        }
        if top.isEmpty { lines.append(language.pick("  （无）", "  (none)")) }
        return lines
    }

    static func number(_ value: Double) -> String { NumberText.format(value) }

    /// "：" and "，" in Chinese, ": " and ", " in English.
    private var colon: String { language.pick("：", ": ") }
    private var comma: String { language.pick("，", ", ") }
}
