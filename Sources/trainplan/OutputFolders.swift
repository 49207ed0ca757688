import ArgumentParser
import Foundation
import TrainPlanCore

/// Says before a long run, not after it, that an output folder cannot be used (exit 1).
func ensureWritable(_ folders: OutputFolder..., language: Language) throws {
    try writing(language) {
        for folder in folders { try folder.ensureReplaceable() }
    }
}

/// Runs `body`; a refused output folder, or a file system error while writing, is reported in the planner's
/// language on standard error (exit 1).
func writing<Result>(_ language: Language, _ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as OutputFolderError {
        FileHandle.standardError.write(Data((error.message(language) + "\n").utf8))
        throw ExitCode(1)
    } catch let error as CocoaError {
        FileHandle.standardError.write(Data((writeFailure(error, language) + "\n").utf8))
        throw ExitCode(1)
    }
}

/// A file system error while writing, in the planner's words: where and why, not Foundation's own text
/// ("Error Domain=NSCocoaErrorDomain Code=513 …").
func writeFailure(_ error: CocoaError, _ language: Language) -> String {
    let path = ((error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path).map(OutputFolder.publicPath)
    let place = path.map { language.pick("“\(Echo.value($0))”", "\"\(Echo.value($0))\"") } ?? language.pick("输出文件夹", "the output folder")
    let reason = switch error.code {
    case .fileWriteNoPermission, .fileReadNoPermission: language.pick("没有写入权限", "no permission to write there")
    case .fileWriteOutOfSpace: language.pick("磁盘已满", "the disk is full")
    case .fileWriteVolumeReadOnly: language.pick("磁盘只读", "the volume is read-only")
    case .fileNoSuchFile, .fileWriteInvalidFileName: language.pick("该路径不存在，也无法创建", "the path does not exist and cannot be made")
    case .fileWriteFileExists: language.pick("已有同名的文件或文件夹", "a file or folder of that name is in the way")
    default: language.pick("写入失败", "the write failed")
    }
    return language.pick("无法写入\(place)：\(reason)。没有写入任何文件（已有的输出文件夹保持不变）；请换一个输出文件夹",
                         "cannot write \(place): \(reason). Nothing was written (an existing output folder is kept); choose another output folder")
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
