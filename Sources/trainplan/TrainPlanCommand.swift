import ArgumentParser
import Foundation

@main
struct TrainPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainplan",
        abstract: "教师培训排班优化 (in-service teacher training planner on GLPK)",
        subcommands: [ValidateCommand.self, SolveCommand.self, CheckCommand.self, ReportCommand.self, ExportCommand.self,
                      WhatIfCommand.self, FrontierCommand.self, ReplanCommand.self, GreedyCommand.self,
                      TemplateCommand.self, ServeCommand.self, UserCommand.self]
    )

    /// As ArgumentParser's own main, but usage errors exit 2 (its default is 64), so scripts can tell them from
    /// invalid input (1).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch where exitCode(for: error) == .validationFailure {
            let message = fullMessage(for: error)
            let language = UsageErrorText.language(of: CommandLine.arguments)
            let chinese = UsageErrorText.chineseLine(for: message, language: language).map { $0 + "\n" } ?? ""
            FileHandle.standardError.write(Data((chinese + UsageErrorText.message(message, language: language) + "\n").utf8))
            exit(withError: ExitCode(2))
        } catch {
            exit(withError: error)
        }
    }
}
