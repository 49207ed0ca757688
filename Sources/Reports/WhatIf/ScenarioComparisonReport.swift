import Foundation
import TrainPlanCore

/// The what-if comparison of a base plan and its scenarios: KPIs and quota fulfilment side by side with
/// deltas against the base, and why each short plan is short.
public struct ScenarioComparisonReport: Sendable {
    /// The base first, then the scenarios in the order given.
    public let outcomes: [ScenarioOutcome]
    public let language: Language

    public init(outcomes: [ScenarioOutcome], language: Language) {
        self.outcomes = outcomes
        self.language = language
    }

    private var base: ScenarioOutcome { outcomes[0] }

    /// One row per KPI; a value column per plan, and after each scenario its change against the base.
    public func kpiTable() -> ResultTable {
        var header = [language.pick("指标", "KPI"), outcomes[0].title]
        for outcome in outcomes.dropFirst() { header += [outcome.title, language.pick("较基准", "vs base")] }
        let rows = KPI.allCases.map { kpi in
            var row = [kpi.name(language), kpi.text(base, language)]
            for outcome in outcomes.dropFirst() {
                row.append(kpi.text(outcome, language))
                row.append(kpi.value(outcome).map { value in DeltaText.format(value - kpi.value(base)!) } ?? "")
            }
            return row
        }
        return ResultTable(header: header, rows: rows, numericColumns: Set(1..<header.count))
    }

    /// One row per plan and programme: seats required, assigned and short, and the changes against the base.
    public func quotaTable() -> ResultTable {
        let header = [
            language.pick("方案", "Scenario"), language.pick("项目编号", "Programme"), language.pick("项目名称", "Name"),
            language.pick("应训", "Required"), language.pick("已排", "Assigned"), language.pick("缺额", "Short"),
            language.pick("已排较基准", "Assigned vs base"), language.pick("缺额较基准", "Short vs base"),
        ]
        let baseAssigned = base.assignedByProgramme
        let baseShort = base.result.metrics.shortfallByProgramme
        var rows: [[String]] = []
        for outcome in outcomes {
            let assigned = outcome.assignedByProgramme
            for programme in outcome.instance.programmes {
                let seats = assigned[programme.id] ?? 0
                let short = outcome.result.metrics.shortfallByProgramme[programme.id] ?? 0
                let isBase = outcome.name == base.name
                rows.append([
                    outcome.title, programme.id, programme.name, String(outcome.instance.quotaMinSeats(programme)), String(seats),
                    String(short),
                    isBase ? "" : DeltaText.format(Double(seats - (baseAssigned[programme.id] ?? 0))),
                    isBase ? "" : DeltaText.format(Double(short - (baseShort[programme.id] ?? 0))),
                ])
            }
        }
        return ResultTable(header: header, rows: rows, numericColumns: [3, 4, 5, 6, 7])
    }

    /// Plans with a shortfall.
    private var shortOutcomes: [ScenarioOutcome] { outcomes.filter { !$0.reasons.isEmpty || !$0.diagnosis.isEmpty } }

    /// Per short programme of a plan: what stops it in the plan, then which rules bind when lifted one at a time.
    private func reasonItems(_ outcome: ScenarioOutcome) -> [String] {
        outcome.reasons.map { $0.message(language) }
            + outcome.diagnosis.map { language.pick("放宽检验：", "relaxation test: ") + $0.message(language) }
    }

    /// Per short plan: a heading line, then one indented line per reason.
    public func shortfallLines() -> [String] {
        shortOutcomes.flatMap { outcome in
            [language.pick("【\(outcome.title)】缺额原因", "[\(outcome.title)] why quotas are short")] + reasonItems(outcome).map { "  " + $0 }
        }
    }

    /// Everything for the terminal.
    public func terminalText() -> String {
        var text = language.pick("== 指标对比 ==", "== KPIs ==") + "\n" + kpiTable().terminalText()
        text += "\n" + language.pick("== 名额完成情况 ==", "== Quota fulfilment ==") + "\n" + quotaTable().terminalText()
        let lines = shortfallLines()
        if !lines.isEmpty { text += "\n" + lines.joined(separator: "\n") + "\n" }
        return text
    }

    /// comparison.html: the same tables and reasons on one self-contained page.
    public func html() -> String {
        let title = language.pick("方案对比", "Scenario comparison") + " · " + base.instance.name
        let reasons = shortOutcomes.map { outcome in
            "<h3>\(HTMLText.escape(outcome.title))</h3><ul class=\"reasons\">"
                + reasonItems(outcome).map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        }.joined(separator: "\n")
        return HTMLPage.document(title: title, subtitle: scenarioList, language: language, main: """
        <section><h2>\(language.pick("指标对比", "KPIs"))</h2>
        \(kpiTable().html())
        </section>
        <section><h2>\(language.pick("名额完成情况", "Quota fulfilment"))</h2>
        \(quotaTable().html())
        </section>
        \(reasons.isEmpty ? "" : "<section><h2>\(language.pick("缺额原因", "Why quotas are short"))</h2>\(reasons)</section>")
        """)
    }

    private var scenarioList: String {
        outcomes.dropFirst().map { "\($0.title)（\($0.name)）" }.joined(separator: language.pick("；", "; "))
    }
}

/// The KPIs compared, in summary.json's order.
private enum KPI: CaseIterable {
    case status, objective, shortfall, teachingDaysLost, workStudyCost, concentrationCost, travelKm, cohortsOpened, cohortCost, priorityReward

    func name(_ language: Language) -> String {
        switch self {
        case .status: language.pick("求解状态", "Status")
        case .objective: language.pick("目标值", "Objective")
        case .shortfall: language.pick("缺额合计", "Shortfall (seats)")
        case .teachingDaysLost: language.pick("占用教学日（人·天）", "Teaching days lost")
        case .workStudyCost: language.pick("工学矛盾成本", "Work-study cost")
        case .concentrationCost: language.pick("集中外出成本", "Concentration cost")
        case .travelKm: language.pick("往返里程（公里）", "Travel (km)")
        case .cohortsOpened: language.pick("开班数", "Cohorts opened")
        case .cohortCost: language.pick("开班费用", "Cohort cost")
        case .priorityReward: language.pick("优先参训奖励", "Priority reward")
        }
    }

    /// nil for the status, which has no delta.
    func value(_ outcome: ScenarioOutcome) -> Double? {
        let metrics = outcome.result.metrics
        return switch self {
        case .status: nil
        case .objective: metrics.objective
        case .shortfall: Double(metrics.shortfallTotal)
        case .teachingDaysLost: Double(metrics.teachingDaysLost)
        case .workStudyCost: metrics.workStudyCost
        case .concentrationCost: metrics.concentrationCost
        case .travelKm: metrics.travelKm
        case .cohortsOpened: Double(metrics.cohortsOpened)
        case .cohortCost: metrics.cohortCost
        case .priorityReward: metrics.priorityReward
        }
    }

    func text(_ outcome: ScenarioOutcome, _ language: Language) -> String {
        guard let value = value(outcome) else { return StatusText.name(outcome.result.status, language) }
        return NumberText.format(value)
    }
}

/// A change against the base, signed: "+67", "-12.5", "0".
enum DeltaText {
    static func format(_ delta: Double) -> String {
        let rounded = (delta * 100).rounded() / 100
        return rounded > 0 ? "+" + NumberText.format(rounded) : NumberText.format(rounded)
    }
}

/// A plan status in planner words.
enum StatusText {
    static func name(_ status: PlanStatus, _ language: Language) -> String {
        switch status {
        case .optimal: language.pick("最优", "optimal")
        case .feasible: language.pick("可行", "feasible")
        case .infeasible: language.pick("无可行解", "infeasible")
        case .error: language.pick("出错", "error")
        }
    }
}
