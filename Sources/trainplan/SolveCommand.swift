import ArgumentParser
import Foundation
import GLPKSolver
import Reports
import TrainPlanCore

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "求解实例并写出计划文件夹 (solve an instance and write the plan folder)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var instance: String

    @Option(name: .long, help: "计划输出文件夹 (plan folder to write)")
    var out: String

    @Option(name: .long, help: "时间上限，秒 (time limit in seconds)")
    var timeLimit: Double?

    @Option(name: .long, help: "相对差距 (relative gap at which a plan counts as optimal)")
    var gap: Double = 1e-4

    @Flag(name: .long, help: "显示 GLPK 日志 (show GLPK's log)")
    var verbose = false

    @Option(name: .long, help: "输出语言 zh|en (output language)")
    var lang: Language = .zh

    @Option(name: .long, help: "同时写出报告到此文件夹 (also write the reports to this folder)")
    var report: String?

    @Flag(name: .long, help: "只输出错误 (print errors only)")
    var quiet = false

    @Flag(name: .long, help: "在标准输出打印 summary.json 的内容 (print the final summary as JSON on stdout)")
    var json = false

    @Option(name: .long, help: "搜索参数 NAME=VALUE，可重复 (a search tunable, repeatable; see docs/architecture.md)")
    var tune: [String] = []

    @Flag(name: .long, help: "即使输出文件夹中同一实例的计划更优也覆盖 (replace the plan in --out even when it is a better plan of the same instance)")
    var force = false

    @Flag(name: .long, help: "在标准错误输出机器可读的进度行 (print machine-readable progress lines on stderr, as read by `serve`)")
    var progressLines = false

    func validate() throws {
        _ = try searchTuning()
        try validateSeconds(timeLimit, option: "--time-limit", language: lang)
        if !(gap >= 0 && gap < 1) { throw usageError(lang, "--gap 须在 [0, 1) 之内，实际为 \(gap)", "--gap must be in [0, 1), got \(gap)") }
    }

    /// The defaults with every `--tune` applied.
    private func searchTuning() throws -> SearchTuning {
        do {
            return try tune.reduce(SearchTuning()) { try $0.setting($1) }
        } catch let error as InvalidTuning {
            throw ValidationError(error.message(lang))
        }
    }

    func run() throws {
        let loaded = try loadInstance(instance, language: lang)
        // Say now, not after a long solve, that an output folder cannot be used.
        if let report {
            // The plan folder is replaced whole: a report inside it would make the next run refuse it.
            guard !OutputFolder.sameLocation(out, report), !OutputFolder.contains(out, report) else {
                FileHandle.standardError.write(Data(lang.pick(
                    "--report 不能是 --out 计划文件夹“\(Echo.value(out))”本身或其中的文件夹：计划和报告各写一个文件夹，请放在旁边\n",
                    "--report must be neither the --out plan folder (\"\(Echo.value(out))\") nor inside it: the plan and the report each need their own folder, side by side\n"
                ).utf8))
                throw ExitCode(1)
            }
        }
        try ensureWritable(OutputFolder(out, kind: .plan), language: lang)
        if let report { try ensureWritable(OutputFolder(report, kind: .report), language: lang) }
        var options = PlanningOptions()
        options.timeLimit = timeLimit
        options.relativeGap = gap
        options.tuning = try searchTuning()
        let progress = ProgressLine(language: lang)
        // The live line is for a person watching; --quiet and --json runs are read by scripts.
        if progressLines {
            let log = ProgressLog()
            options.progress = { log.write($0) }
        } else if progress.isActive && !quiet && !json {
            options.progress = { progress.show($0) }
        }
        options.shouldStop = { Interruption.requested }
        if verbose { options.log = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) } }
        Interruption.install()

        let result = try PlanSolver(instance: loaded.instance, solver: GLPKSolver()).solve(options)
        progress.finish()
        // Stopped before any plan existed (not even the greedy one opened a cohort): an empty plan would
        // replace a good one, so nothing is written.
        if Interruption.requested && result.plan.cohorts.isEmpty {
            FileHandle.standardError.write(Data(lang.pick(
                "已中断：尚未得到任何计划，未写入任何文件，原有文件夹保持不变\n",
                "interrupted before any plan was found: nothing written, the existing folder is kept\n"
            ).utf8))
            throw ExitCode(130)
        }
        // A shorter or interrupted run of the same instance never replaces a better plan (nor its report).
        let keptBetter = keepsBetterPlan(in: out, instance: loaded.instance, result: result, force: force, language: lang)
        if !keptBetter { try writing(lang) { try PlanWriter(instance: loaded.instance).write(result, to: out) } }
        let summary = PlanSummary(result: result, inputHash: loaded.instance.sourceHash)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else if !quiet {
            print(SolveSummaryText(instance: loaded.instance, result: result, language: lang).render(), terminator: "")
            if !keptBetter { print(lang.pick("计划已写入 ", "Plan written to ") + out) }
        }
        if let report, !keptBetter {
            try writeReport(instance: loaded.instance, plan: result.plan, summary: summary, to: report, language: lang,
                            announce: !quiet && !json)
        }
    }
}
