import ArgumentParser
import Foundation
import Reports
import TrainPlanCore

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "求解实例并写出计划文件夹 (solve an instance and write the plan folder)"
    )

    @Argument(help: "实例文件夹 (instance folder)")
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

    @Flag(name: .long, help: "在标准错误输出机器可读的进度行 (print machine-readable progress lines on stderr, as read by `serve`)")
    var progressLines = false

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) {
            throw ValidationError("--time-limit must be a positive number of seconds, got \(timeLimit)")
        }
        if !(gap >= 0 && gap < 1) { throw ValidationError("--gap must be in [0, 1), got \(gap)") }
    }

    func run() throws {
        let loaded = try loadInstance(instance, language: lang)
        // Say now, not after a long solve, that the output folder cannot be used.
        do {
            try PlanWriter.ensureReplaceable(out)
            if let report { try PlanWriter.ensureReplaceable(report, marker: "report.html") }
        } catch let error as PlanWriteError {
            FileHandle.standardError.write(Data((error.message(lang) + "\n").utf8))
            throw ExitCode(1)
        }
        var options = PlanningOptions()
        options.timeLimit = timeLimit
        options.relativeGap = gap
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

        let result = try PlanSolver(instance: loaded.instance).solve(options)
        progress.finish()
        try PlanWriter(instance: loaded.instance).write(result, to: out)
        let summary = PlanSummary(result: result, inputHash: loaded.instance.sourceHash)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else if !quiet {
            print(SolveSummaryText(instance: loaded.instance, result: result, language: lang).render(), terminator: "")
            print(lang.pick("计划已写入 ", "Plan written to ") + out)
        }
        if let report {
            try writeReport(instance: loaded.instance, plan: result.plan, summary: summary, to: report, language: lang,
                            announce: !quiet && !json)
        }
    }
}
