import ArgumentParser
import PlanCheck
import TrainPlanCore

/// `trainplan check INSTANCE PLAN`: checks a plan folder against its instance, independently of the solver.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查计划是否符合实例的全部硬约束并重算指标 (check a plan against its instance)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var instance: String

    @Argument(help: "计划文件夹：cohorts.csv、assignments.csv，可选 summary.json (plan folder)")
    var plan: String

    @Option(help: "输出语言 zh 或 en (output language: zh or en)")
    var lang: Language = .zh

    func run() throws {
        let loaded: LoadedInstance
        do {
            loaded = try InstanceLoader.load(path: instance)
        } catch {
            for issue in error.issues { print(issue.message(lang)) }
            throw ExitCode(1)
        }
        let report = PlanChecker(instance: loaded.instance).check(planDirectory: plan)
        for violation in report.violations + report.notes {
            print("[\(violation.ruleTitle(lang))] \(violation.message(lang))")
        }
        print(report.verdict(lang))
        if !report.isValid { throw ExitCode(1) }
    }
}
