import ArgumentParser
import TrainPlanCore

/// `trainplan validate DIR`: loads an instance, prints its summary and every issue. Exit 0 when valid (warnings
/// allowed), 1 when invalid.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "检查实例文件夹并汇总 (check an instance folder and summarise it)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var directory: String

    @OptionGroup var output: LanguageOption

    func run() throws {
        let language = output.language
        do {
            let loaded = try InstanceLoader.load(path: directory)
            InstanceSummary(loaded.instance).lines(language).forEach { print($0) }
            loaded.warnings.forEach { print(Self.line(for: $0, language)) }
            print(language.pick("实例有效（\(loaded.warnings.count) 个警告）",
                                "Valid instance (\(Self.counted(loaded.warnings.count, "warning")))"))
        } catch {
            error.issues.forEach { print(Self.line(for: $0, language)) }
            print(language.pick("实例无效：\(error.errors.count) 个错误，\(error.warnings.count) 个警告",
                                "Invalid instance: \(Self.counted(error.errors.count, "error")), \(Self.counted(error.warnings.count, "warning"))"))
            throw ExitCode(1)
        }
    }

    /// "1 error", "2 errors".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private static func line(for issue: InstanceIssue, _ language: Language) -> String {
        let label = switch issue.severity {
        case .error: language.pick("错误", "error")
        case .warning: language.pick("警告", "warning")
        }
        return label + language.pick("：", ": ") + issue.message(language)
    }
}
