import ArgumentParser
import Foundation
import TrainPlanCore

/// Says before a long run, not after it, that an output folder cannot be used (exit 1).
func ensureWritable(_ folders: OutputFolder..., language: Language) throws {
    try writing(language) {
        for folder in folders { try folder.ensureReplaceable() }
    }
}

/// Runs `body`; a refused output folder is reported in the planner's language on standard error (exit 1).
func writing<Result>(_ language: Language, _ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as OutputFolderError {
        FileHandle.standardError.write(Data((error.message(language) + "\n").utf8))
        throw ExitCode(1)
    }
}

/// True when `out` already holds a better plan of the same instance than `result` and `force` is off: the
/// folder is kept and the planner told why, in place of "plan written".
func keepsBetterPlan(in out: String, instance: Instance, result: PlanResult, force: Bool, language: Language) -> Bool {
    guard !force, let kept = BetterPlanInFolder.find(in: out, inputHash: instance.sourceHash, newObjective: result.objective)
    else { return false }
    let old = String(format: "%.2f", kept.objective), new = String(format: "%.2f", result.objective)
    FileHandle.standardError.write(Data(language.pick(
        "“\(Echo.value(out))”中已有同一实例更优的计划（目标值 \(old)，本次 \(new)），保留原计划，本次结果未写入；要覆盖请加 --force，或换一个输出文件夹\n",
        "\"\(Echo.value(out))\" already holds a better plan of the same instance (objective \(old), this run \(new)): it is kept and this run's plan is not written; add --force to replace it, or choose another output folder\n"
    ).utf8))
    return true
}
