import ArgumentParser
import Foundation
import GLPKSolver
import PlanCheck
import Reports
import TrainPlanCore

/// `trainplan whatif BASE SCENARIO... --out DIR`: solves the base and each scenario, writes every plan folder
/// and the comparison (terminal, CSV, HTML) with the reasons of every shortfall.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "方案对比：求解基础实例和各情景并对比指标与名额 (solve scenarios side by side and compare them)"
    )

    @Argument(help: "基础实例文件夹或工作簿 (base instance folder or workbook)")
    var base: String

    @Argument(help: "情景文件 .toml，见 docs/scenarios.md (scenario files)")
    var scenarios: [String]

    @Option(name: .long, help: "输出文件夹 (folder for the plans and the comparison)")
    var out: String

    @Option(name: .long, help: "每次求解的时间上限，秒 (time limit per solve, seconds)")
    var timeLimit: Double?

    @Option(name: .long, help: "每个缺额方案的放宽检验总时长，秒；0 为不检验 (seconds for the relaxation diagnosis of each short plan; 0 = none)")
    var diagnosisTime: Double = 60

    @OptionGroup var output: LanguageOption
    @OptionGroup var extra: ExtraLanguageOption

    func validate() throws {
        if scenarios.isEmpty { throw usageError(output.language, "请至少给出一个情景文件", "give at least one scenario file") }
        try validateSeconds(timeLimit, option: "--time-limit", language: output.language)
        try validateSeconds(diagnosisTime, option: "--diagnosis-time", allowZero: true, language: output.language)
    }

    func run() throws {
        let language = output.language
        let instance = try loadInstance(base, language: language).instance
        // Every scenario is read before anything is solved: one bad file stops the run with nothing written.
        var read: [Scenario] = []
        var issues: [ScenarioIssue] = []
        for file in scenarios {
            do {
                read.append(try ScenarioReader.read(file: file, base: instance))
            } catch {
                issues += error.issues
            }
        }
        guard issues.isEmpty else {
            for issue in issues { FileHandle.standardError.write(Data((issue.message(language) + "\n").utf8)) }
            throw ExitCode(1)
        }

        let folder = OutputFolder(out, kind: .whatif)
        try ensureWritable(folder, language: language)
        var options = PlanningOptions()
        options.timeLimit = timeLimit
        options.shouldStop = { Interruption.requested }
        options.planKeepsRules = { instance, plan in PlanChecker(instance: instance).violations(of: plan).isEmpty }
        Interruption.install()
        let diagnosis = diagnosisTime > 0 ? diagnosisTime : nil
        var outcomes = [try ScenarioOutcome.solve(name: "base", title: language.pick("基准", "base"), instance: instance,
                                                  options: options, diagnosisTime: diagnosis, solver: GLPKSolver())]
        // A scenario's folder is named after its file: never after the comparison's own files.
        var names: Set<String> = ["base", "comparison-kpis.csv", "comparison-quotas.csv", "comparison.html", "comparison.txt",
                                  "comparison.en.html", "comparison.zh.html"]
        for scenario in read {
            var name = scenario.name
            var copy = 1
            while !names.insert(name).inserted {
                copy += 1
                name = "\(scenario.name)-\(copy)"
            }
            outcomes.append(try ScenarioOutcome.solve(name: name, title: scenario.title, instance: scenario.apply(to: instance),
                                                      options: options, diagnosisTime: diagnosis,
                                                      startingPlan: outcomes[0].result.plan, solver: GLPKSolver()))
        }

        // One folder, written at once: each variant's plan folder (with its own marker) and the comparison.
        var files: [String: Data] = [:]
        for outcome in outcomes {
            var plan = try PlanWriter(instance: outcome.instance).files(outcome.result)
            plan[OutputFolder.markerName] = OutputFolder.marker(kind: .plan, files: plan.keys)
            for (name, data) in plan { files["\(outcome.name)/\(name)"] = data }
        }
        let report = ScenarioComparisonReport(outcomes: outcomes, language: language)
        let text = report.terminalText()
        files["comparison-kpis.csv"] = report.kpiTable().csv()
        files["comparison-quotas.csv"] = report.quotaTable().csv()
        files["comparison.html"] = Data(report.html().utf8)
        files["comparison.txt"] = Data(text.utf8)
        if let other = extra.language, other != language {
            // The base's title follows the page; scenario titles stay as the planner wrote them.
            var translated = outcomes
            translated[0].title = other.pick("基准", "base")
            files[ExtraLanguageOption.fileName("comparison.html", other)] =
                Data(ScenarioComparisonReport(outcomes: translated, language: other).html().utf8)
        }
        try writing(language) { try folder.replace(with: files) }
        print(text, terminator: "")
        print(language.pick("计划与对比已写入 ", "Plans and comparison written to ") + out)
    }
}
