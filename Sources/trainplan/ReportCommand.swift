import ArgumentParser
import Foundation
import PlanCheck
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
        warnIfNotValid(contents, for: loaded.instance)
        noteStaleAssignmentColumns(for: loaded.instance)
        try writeReport(instance: loaded.instance, plan: contents.plan, summary: contents.summary, to: out, language: lang)
    }

    /// Reports are written for any plan that can be read (a planner may want one of a draft), but notices of a
    /// plan that breaks the rules or belongs to another instance would mislead the schools: say so first.
    private func warnIfNotValid(_ contents: PlanFolderReader.Contents, for instance: Instance) {
        var lines: [String] = []
        if let hash = contents.summary?.inputHash, !instance.sourceHash.isEmpty, hash != instance.sourceHash {
            lines.append(lang.pick("警告：计划的 summary.json 记的是另一份实例数据（input_hash 不同），实例可能已改过",
                                   "warning: the plan's summary.json names other instance data (input_hash differs); the instance may have changed"))
        }
        let broken = PlanChecker(instance: instance).violations(of: contents.plan)
        if !broken.isEmpty {
            lines.append(lang.pick("警告：计划不符合此实例的规定（\(broken.count) 处），据它生成的通知可能有误；请先用 trainplan check 检查：",
                                   "warning: the plan breaks \(broken.count) rule(s) of this instance, so its notices may mislead; see trainplan check:"))
            lines += firstListed(broken, lang)
        }
        for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    /// A planner who moved a teacher by editing the site or dates in assignments.csv would find the notices
    /// saying otherwise: they follow cohorts.csv. `check`'s notes, shown here too.
    private func noteStaleAssignmentColumns(for instance: Instance) {
        let notes = PlanChecker(instance: instance).check(planDirectory: plan).notes
        guard !notes.isEmpty else { return }
        let lines = [lang.pick("提示：assignments.csv 有 \(notes.count) 处与 cohorts.csv 不一致，报告和通知以 cohorts.csv 为准：",
                               "note: \(notes.count) cell(s) of assignments.csv disagree with cohorts.csv; the reports and notices follow cohorts.csv:")]
            + firstListed(notes, lang)
        for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
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
    } catch let error as CocoaError {
        FileHandle.standardError.write(Data((writeFailure(error, language) + "\n").utf8))
        throw ExitCode(1)
    } catch {
        FileHandle.standardError.write(Data((language.pick("无法写入报告：", "cannot write the reports: ") + "\(error)\n").utf8))
        throw ExitCode(1)
    }
    if announce { print(language.pick("报告已写入 ", "Reports written to ") + directory) }
}

/// The first five broken rules (or notes) of a plan, indented and tagged as `check` tags them, then how many
/// more: what `report` and `replan` show before pointing the planner to `trainplan check`.
func firstListed(_ found: [Violation], _ language: Language) -> [String] {
    let shown = found.prefix(5).map { "  [\($0.ruleTitle(language))] " + $0.message(language) }
    return shown + (found.count > 5 ? [language.pick("  ……另有 \(found.count - 5) 处", "  … and \(found.count - 5) more")] : [])
}
