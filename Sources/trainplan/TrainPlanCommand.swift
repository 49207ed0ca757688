import ArgumentParser

@main
struct TrainPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainplan",
        abstract: "教师培训排班优化 (in-service teacher training planner on GLPK)",
        subcommands: [ValidateCommand.self, SolveCommand.self, CheckCommand.self, ReportCommand.self]
    )
}
