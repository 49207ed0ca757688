import ArgumentParser
import Foundation
import Reports
import TrainPlanCore

/// `trainplan report INSTANCE PLAN --out DIR`: the workbook, HTML report, notices, calendars and 学时
/// ledger of a plan folder written earlier (or by hand).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "生成工作簿、报告、各校通知、日历和学时台账 (write the workbook, report, notices, calendars and hours ledger of a plan)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var instance: String

    @Argument(help: "计划文件夹 (plan folder: cohorts.csv, assignments.csv, optional summary.json)")
    var plan: String

    @Option(name: .long, help: "报告输出文件夹 (folder to write the reports to)")
    var out: String

    @Option(name: .long, help: "输出语言 zh|en (output language)")
    var lang: Language = .zh

    func run() throws {
        let loaded = try loadInstance(instance, language: lang)
        try ensureWritable(OutputFolder(out, kind: .report), language: lang)
        let contents: PlanFolderReader.Contents
        do {
            contents = try PlanFolderReader(instance: loaded.instance).read(directory: plan)
        } catch let error as PlanReadError {
            FileHandle.standardError.write(Data((error.message(lang) + "\n").utf8))
            throw ExitCode(1)
        }
        try writeReport(instance: loaded.instance, plan: contents.plan, summary: contents.summary, to: out, language: lang)
    }
}

/// Writes the report folder and, when `announce`, says where; a failure is reported in the planner's
/// language on standard error (exit 1).
func writeReport(instance: Instance, plan: Plan, summary: PlanSummary?, to directory: String, language: Language,
                 announce: Bool = true) throws {
    do {
        try ReportWriter(instance: instance, plan: plan, summary: summary, language: language).write(to: directory)
    } catch let error as OutputFolderError {
        FileHandle.standardError.write(Data((error.message(language) + "\n").utf8))
        throw ExitCode(1)
    } catch let error as WorkbookError {
        FileHandle.standardError.write(Data((error.message(language) + "\n").utf8))
        throw ExitCode(1)
    } catch {
        FileHandle.standardError.write(Data((language.pick("无法写入报告：", "cannot write the reports: ") + "\(error)\n").utf8))
        throw ExitCode(1)
    }
    if announce { print(language.pick("报告已写入 ", "Reports written to ") + directory) }
}
