import ArgumentParser
import Foundation
import Reports
import TrainPlanCore

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "写出实例工作簿模板，或把已有实例写成工作簿 (write an instance workbook: empty template, or an existing instance)"
    )

    @Option(name: .long, help: "要写出的工作簿 .xlsx (workbook to write)")
    var out: String

    @Option(name: .long, help: "已有实例文件夹或工作簿 (existing instance folder or workbook to write as a workbook)")
    var from: String?

    @Flag(name: .long, help: "覆盖已存在的文件 (replace an existing file)")
    var force = false

    @OptionGroup var output: LanguageOption

    func validate() throws {
        guard URL(fileURLWithPath: out).pathExtension.lowercased() == "xlsx" else {
            throw usageError(output.language, "--out 须是 .xlsx 文件名", "--out must name an .xlsx file")
        }
        if let from, URL(fileURLWithPath: from).standardizedFileURL == URL(fileURLWithPath: out).standardizedFileURL {
            throw usageError(output.language, "--out 不能与 --from 相同", "--out must differ from --from")
        }
    }

    func run() throws {
        let language = output.language
        // A folder named like a workbook is never replaced, --force or not: it may hold the planner's files.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), isFolder.boolValue {
            FileHandle.standardError.write(Data(language.pick(
                "\(Echo.value(out)) 是文件夹，不会被工作簿替换，请换一个文件名\n",
                "\(Echo.value(out)) is a folder and is not replaced by a workbook; choose another file name\n").utf8))
            throw ExitCode(1)
        }
        // A filled-in workbook is the planner's work: never replaced unless asked.
        if FileManager.default.fileExists(atPath: out) && !force {
            FileHandle.standardError.write(Data(language.pick(
                "\(out) 已存在，未覆盖（如需覆盖请加 --force）\n",
                "\(out) exists and was left alone (add --force to replace it)\n").utf8))
            throw ExitCode(1)
        }
        let content: InstanceWorkbookContent
        if let from {
            let loaded = try loadInstance(from, language: language)
            do {
                content = try InstanceWorkbookContent.of(path: from, instance: loaded.instance)
            } catch {
                for issue in error.issues { FileHandle.standardError.write(Data((issue.message(language) + "\n").utf8)) }
                throw ExitCode(1)
            }
        } else {
            content = .empty()
        }
        // Written beside the target and then moved over it, so a failure leaves no half-written workbook.
        let target = URL(fileURLWithPath: out)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.deletingPathExtension().lastPathComponent)-\(getpid()).xlsx")
        do {
            try TemplateWorkbook(content: content).write(to: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            let reason = (error as? WorkbookError)?.message(language) ?? String(describing: error)
            FileHandle.standardError.write(Data((reason + "\n").utf8))
            throw ExitCode(1)
        }
        // rename(2) replaces an existing workbook in one step: the old one stays until the new one is whole.
        guard rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            FileHandle.standardError.write(Data(language.pick(
                "无法写入 \(Echo.value(out))（没有权限，或文件夹不存在？）\n",
                "cannot write \(Echo.value(out)) (no permission, or no such folder?)\n").utf8))
            throw ExitCode(1)
        }
        print(language.pick("工作簿已写入 ", "Workbook written to ") + out)
    }
}
