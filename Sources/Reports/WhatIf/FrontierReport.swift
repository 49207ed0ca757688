import Foundation
import TrainPlanCore

/// The quota frontier of one programme as a table (terminal, CSV) and a self-contained HTML page with charts.
public struct FrontierReport: Sendable {
    public let frontier: QuotaFrontier
    public let outcome: QuotaFrontier.Outcome
    public let language: Language

    public init(frontier: QuotaFrontier, outcome: QuotaFrontier.Outcome, language: Language) {
        self.frontier = frontier
        self.outcome = outcome
        self.language = language
    }

    private var programme: Programme { frontier.instance.programmes.first { $0.id == frontier.programme }! }

    public func table() -> ResultTable {
        let header = [
            language.pick("名额", "Quota"), language.pick("状态", "Status"), language.pick("目标值", "Objective"),
            language.pick("工学矛盾", "Work-study"), language.pick("集中外出", "Concentration"), language.pick("里程", "km"),
            language.pick("开班费用", "Cohort cost"), language.pick("优先奖励", "Priority"), language.pick("缺额", "Short"),
            language.pick("本项目班数", "Cohorts"), language.pick("每增一人成本", "Cost per extra seat"),
            language.pick("LP 对偶估计", "LP dual estimate"), language.pick("说明", "Note"),
            language.pick("起约束的限制", "What binds"),
        ]
        var previous: QuotaFrontier.Point?
        let rows = outcome.points.map { point -> [String] in
            defer { previous = point }
            let metrics = point.metrics
            return [
                String(point.level), StatusText.name(point.status, language), NumberText.format(metrics.objective),
                NumberText.format(metrics.workStudyCost), NumberText.format(metrics.concentrationCost),
                NumberText.format(metrics.travelKm), NumberText.format(metrics.cohortCost), NumberText.format(metrics.priorityReward),
                String(point.shortfall), String(point.cohorts), point.marginalCost.map(NumberText.format) ?? "",
                point.dualEstimate.map(NumberText.format) ?? "", note(point, after: previous), binding(point),
            ]
        }
        return ResultTable(header: header, rows: rows, numericColumns: Set([0] + Array(2...11)))
    }

    /// The rule that binds at a level: none while the quota is filled; at a short level, what stops the
    /// programme's eligible teachers in that level's plan.
    private func binding(_ point: QuotaFrontier.Point) -> String {
        guard point.shortfall > 0 else { return language.pick("名额已排满", "quota filled") }
        return point.reason?.message(language) ?? language.pick("缺 \(point.shortfall) 人（原因未分析）", "short by \(point.shortfall) (not analysed)")
    }

    /// Where the MIP's step and the LP's price differ, why: whole cohorts opened or closed, or other integer effects.
    private func note(_ point: QuotaFrontier.Point, after previous: QuotaFrontier.Point?) -> String {
        var notes: [String] = []
        if point.shortfall > 0 { notes.append(language.pick("缺额", "short")) }
        if point.differsFromDual, let previous {
            if point.cohorts > previous.cohorts {
                notes.append(language.pick("与对偶估计不同：多开 \(point.cohorts - previous.cohorts) 个班", "differs from the dual: \(point.cohorts - previous.cohorts) more cohort(s)"))
            } else if point.cohorts < previous.cohorts {
                notes.append(language.pick("与对偶估计不同：少开 \(previous.cohorts - point.cohorts) 个班", "differs from the dual: \(previous.cohorts - point.cohorts) fewer cohort(s)"))
            } else {
                notes.append(language.pick("与对偶估计不同：整数效应", "differs from the dual: integer effects"))
            }
        }
        return notes.joined(separator: language.pick("；", "; "))
    }

    /// The largest quota filled without shortfall and what stops the next level.
    public func findings() -> [String] {
        var lines = [language.pick("项目 \(programme.id) \(programme.name) 的名额前沿", "Quota frontier of \(programme.id) \(programme.name)")]
        if let largest = outcome.largestFilled {
            lines.append(language.pick("不缺额的最大名额：\(largest)", "Largest quota filled without shortfall: \(largest)"))
        } else {
            lines.append(language.pick("所有名额水平都有缺额", "Every quota level tried is short"))
        }
        if let reason = outcome.stoppingReason { lines.append(language.pick("限制原因：", "What stops it: ") + reason.message(language)) }
        if let diagnosis = outcome.diagnosis { lines.append(language.pick("放宽检验：", "Relaxation test: ") + diagnosis.message(language)) }
        return lines
    }

    public func terminalText() -> String {
        table().terminalText() + "\n" + findings().joined(separator: "\n") + "\n"
    }

    /// frontier.html: the findings, a cost chart, a marginal-cost chart and the table.
    public func html() -> String {
        let title = language.pick("名额前沿", "Quota frontier") + " · \(programme.id) \(programme.name)"
        let points = outcome.points
        let shortfallWeight = frontier.instance.weights.shortfall
        // The shortfall penalty would dwarf every other cost: the cost chart shows the rest, shortfall in red.
        let costChart = FrontierChart(
            xLabel: language.pick("名额", "quota"), yLabel: language.pick("成本（不含缺额罚分）", "cost without the shortfall penalty"),
            series: [.init(name: language.pick("成本", "cost"), color: "#1d4e89",
                           points: points.map { (Double($0.level), $0.metrics.objective - shortfallWeight * Double($0.metrics.shortfallTotal)) })],
            alerts: points.filter { $0.shortfall > 0 }.map { Double($0.level) },
            alertNotes: Dictionary(points.filter { $0.shortfall > 0 }.map { (Double($0.level), binding($0)) }, uniquingKeysWith: { first, _ in first }),
            marker: outcome.largestFilled.map(Double.init)
        )
        let filled = points.filter { $0.shortfall == 0 }
        let marginalChart = FrontierChart(
            xLabel: language.pick("名额", "quota"), yLabel: language.pick("每增一人成本（无缺额时）", "cost per extra seat (no shortfall)"),
            series: [
                .init(name: language.pick("整数规划逐级差分", "MIP step"), color: "#c0392b",
                      points: filled.compactMap { point in point.marginalCost.map { (Double(point.level), $0) } }),
                .init(name: language.pick("LP 对偶估计", "LP dual"), color: "#2e8b57",
                      points: filled.compactMap { point in point.dualEstimate.map { (Double(point.level), $0) } }),
            ],
            alerts: [], marker: nil
        )
        return HTMLPage.document(title: title, subtitle: frontier.instance.name, language: language, main: """
        <section><ul class="reasons">\(findings().dropFirst().map { "<li>\(HTMLText.escape($0))</li>" }.joined())</ul></section>
        <section><h2>\(language.pick("成本随名额变化", "Cost by quota level"))</h2>\(costChart.svg())</section>
        <section><h2>\(language.pick("边际成本：整数规划与 LP 对偶", "Marginal cost: MIP steps and LP duals"))</h2>\(marginalChart.svg())</section>
        <section><h2>\(language.pick("明细", "Details"))</h2>\(table().html())</section>
        """)
    }
}
