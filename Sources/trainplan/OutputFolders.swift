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
