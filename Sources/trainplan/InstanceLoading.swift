import ArgumentParser
import Foundation
import TrainPlanCore

/// Loads an instance for a command; on invalid input prints every problem to standard error and exits 1.
func loadInstance(_ directory: String, language: Language) throws -> LoadedInstance {
    do {
        return try InstanceLoader.load(path: directory)
    } catch {
        for issue in error.issues {
            FileHandle.standardError.write(Data((issue.message(language) + "\n").utf8))
        }
        throw ExitCode(1)
    }
}
