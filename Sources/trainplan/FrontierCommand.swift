import ArgumentParser
import Foundation
import GLPKSolver
import Reports
import TrainPlanCore

/// `trainplan frontier BASE --program P [--from A --to B --step K] --out DIR`: the cost of each quota level
/// of one programme, the largest level filled and what stops the next, MIP steps beside LP duals.
struct FrontierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier",
        abstract: "名额前沿：各名额水平下的最优成本、缺额与边际成本 (cost and shortfall of each quota level of a programme)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var base: String

    @Option(name: .long, help: "项目编号 (programme id)")
    var program: String

    @Option(name: .long, help: "起始名额，默认为当前最少名额 (first level; default the current quota_min)")
    var from: Int?

    @Option(name: .long, help: "最大名额，默认为符合条件的教师数 (last level; default every eligible teacher)")
    var to: Int?

    @Option(name: .long, help: "步长，默认约分 8 步 (step; default about eight steps)")
    var step: Int?

    @Option(name: .long, help: "输出文件夹 (folder for frontier.csv, frontier.html, frontier.txt)")
    var out: String

    @Option(name: .long, help: "每个名额水平的求解时间上限，秒 (time limit per level, seconds)")
    var timeLimit: Double?

    @Option(name: .long, help: "首个缺额水平的放宽检验总时长，秒；0 为不检验 (seconds for the relaxation diagnosis; 0 = none)")
    var diagnosisTime: Double = 60

    @OptionGroup var output: LanguageOption
    @OptionGroup var extra: ExtraLanguageOption

    func validate() throws {
        let language = output.language
        if let from, from < 0 { throw usageError(language, "--from 须不小于 0，实际为 \(from)", "--from must be 0 or more, got \(from)") }
        if let from, let to, to < from {
            throw usageError(language, "--to（\(to)）不能小于 --from（\(from)）", "--to (\(to)) must not be below --from (\(from))")
        }
        if let step, step < 1 { throw usageError(language, "--step 须不小于 1，实际为 \(step)", "--step must be at least 1, got \(step)") }
        for (option, value) in [("--from", from), ("--to", to), ("--step", step)] {
            if let value, value > ValueLimits.largestCount {
                throw usageError(language, "\(option) 须不大于 \(ValueLimits.largestCount)，实际为 \(value)",
                                 "\(option) must be at most \(ValueLimits.largestCount), got \(value)")
            }
        }
        try validateSeconds(timeLimit, option: "--time-limit", language: language)
        try validateSeconds(diagnosisTime, option: "--diagnosis-time", allowZero: true, language: language)
    }

    func run() throws {
        let language = output.language
        let instance = try loadInstance(base, language: language).instance
        guard let programme = instance.programmes.first(where: { $0.id == program }) else {
            FileHandle.standardError.write(Data(language.pick(
                "未知项目 \"\(program)\"（应为 programs.csv 中的编号）\n", "unknown programme \"\(program)\" (expected an id from programs.csv)\n"
            ).utf8))
            throw ExitCode(1)
        }
        let folder = OutputFolder(out, kind: .frontier)
        try ensureWritable(folder, language: language)
        var options = PlanningOptions()
        options.timeLimit = timeLimit
        options.shouldStop = { Interruption.requested }
        Interruption.install()
        let levels: [Int]
        do {
            levels = try QuotaFrontier.defaultLevels(instance: instance, programme: programme, from: from, to: to, step: step)
        } catch {
            FileHandle.standardError.write(Data((error.message(language) + "\n").utf8))
            throw ExitCode(2)
        }
        let frontier = QuotaFrontier(instance: instance, programme: program, levels: levels, solver: GLPKSolver(), options: options)
        let outcome = try frontier.run(diagnosisTime: diagnosisTime > 0 ? diagnosisTime : nil)
        let report = FrontierReport(frontier: frontier, outcome: outcome, language: language)
        let text = report.terminalText()
        var files = ["frontier.csv": report.table().csv(), "frontier.html": Data(report.html().utf8), "frontier.txt": Data(text.utf8)]
        if let other = extra.language, other != language {
            let page = FrontierReport(frontier: frontier, outcome: outcome, language: other)
            files[ExtraLanguageOption.fileName("frontier.csv", other)] = page.table().csv()
            files[ExtraLanguageOption.fileName("frontier.html", other)] = Data(page.html().utf8)
        }
        try writing(language) { try folder.replace(with: files) }
        print(text, terminator: "")
        print(language.pick("名额前沿已写入 ", "Frontier written to ") + out)
    }
}
