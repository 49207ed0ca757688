import ArgumentParser
import Foundation
import GLPKSolver
import TrainPlanCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出模型为 MPS / CPLEX LP 以便与其他求解器对照 (export the model as MPS or CPLEX LP)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var instance: String

    @Option(name: .long, help: "写出自由格式 MPS 文件 (free MPS file to write)")
    var mps: String?

    @Option(name: .long, help: "写出 CPLEX LP 文件 (CPLEX LP file to write)")
    var lp: String?

    @Flag(name: .long, help: "逐个教师建模，不聚合 (one column per teacher: the naive model, for comparison)")
    var naive = false

    @Option(name: .long, help: "把此计划文件夹写成模型的初始解 (a plan folder to write as a starting solution; needs --start-out)")
    var startPlan: String?

    @Option(name: .long, help: "初始解文件，每行「列名 值」 (file for the starting solution: one `column value` line per non-zero column)")
    var startOut: String?

    @OptionGroup var output: LanguageOption

    func validate() throws {
        if mps == nil && lp == nil { throw usageError(output.language, "请给出 --mps 文件 或 --lp 文件", "give --mps FILE or --lp FILE") }
        if (startPlan == nil) != (startOut == nil) {
            throw usageError(output.language, "--start-plan 与 --start-out 须一起给出", "--start-plan and --start-out go together")
        }
    }

    func run() throws {
        let loaded = try loadInstance(instance, language: output.language)
        let singletons = naive ? Set(loaded.instance.teachers.indices) : []
        let model = ModelBuilder(instance: loaded.instance, singletons: singletons).build()
        if let mps { try GLPKSolver().writeMPS(model.mip, to: mps) }
        if let lp { try GLPKSolver().writeLP(model.mip, to: lp) }
        if let startPlan, let startOut {
            let plan: Plan
            do {
                plan = try PlanFolderReader(instance: loaded.instance).read(directory: startPlan).plan
            } catch let error as PlanReadError {
                FileHandle.standardError.write(Data((error.message(output.language) + "\n").utf8))
                throw ExitCode(1)
            }
            try GLPKSolver().writeStart(model.mip, values: model.startingValues(for: plan), to: startOut)
        }
        let size = model.mip
        print(output.language.pick(
            "模型：\(size.constraints.count) 行 × \(size.variables.count) 列，整数列 \(size.integerVariableCount)，非零元 \(size.nonzeroCount)",
            "Model: \(size.constraints.count) rows × \(size.variables.count) columns, \(size.integerVariableCount) integer, \(size.nonzeroCount) nonzeros"
        ))
    }
}
