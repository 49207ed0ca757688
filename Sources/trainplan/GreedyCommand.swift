import ArgumentParser
import Foundation
import Reports
import TrainPlanCore

/// `trainplan greedy INSTANCE --out PLAN`: the plan a planner would fill in by hand (nearest site, earliest
/// dates, every hard rule kept), written like a solved plan so it can be checked, reported and compared.
struct GreedyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "greedy",
        abstract: "按手工排班方式生成基准计划 (the hand-made baseline plan: nearest site, earliest dates)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var instance: String

    @Option(name: .long, help: "计划输出文件夹 (plan folder to write)")
    var out: String

    @Flag(name: .long, help: "只输出错误 (print errors only)")
    var quiet = false

    @Flag(name: .long, help: "在标准输出打印 summary.json 的内容 (print the summary as JSON on stdout)")
    var json = false

    @Flag(name: .long, help: "即使输出文件夹中同一实例的计划更优也覆盖 (replace the plan in --out even when it is a better plan of the same instance)")
    var force = false

    @OptionGroup var output: LanguageOption

    func run() throws {
        let language = output.language
        let loaded = try loadInstance(instance, language: language)
        try ensureWritable(OutputFolder(out, kind: .plan), language: language)
        let clock = ContinuousClock.now
        let plan = GreedyPlanner(instance: loaded.instance).plan()
        let elapsed = (ContinuousClock.now - clock) / .seconds(1)
        let result = PlanResult.heuristic(instance: loaded.instance, plan: plan, seconds: elapsed,
                                          solverName: "none (greedy planner)")
        let keptBetter = keepsBetterPlan(in: out, instance: loaded.instance, result: result, force: force, language: language)
        if !keptBetter { try writing(language) { try PlanWriter(instance: loaded.instance).write(result, to: out) } }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let summary = PlanSummary(result: result, inputHash: loaded.instance.sourceHash)
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else if !quiet {
            print(SolveSummaryText(instance: loaded.instance, result: result, language: language).render(), terminator: "")
            if !keptBetter { print(language.pick("计划已写入 ", "Plan written to ") + out) }
        }
    }
}
