import Foundation

/// One `trainplan solve` child process. A GLPK fault or a memory blow-up ends the child, not the server.
/// Its stderr (progress lines and messages) goes to `LiveSolve` and to the solve's log file.
final class SolverProcess: @unchecked Sendable {
    private let process = Process()

    init(executable: String, arguments: [String], log: URL, live: LiveSolve,
         onExit: @escaping @Sendable (Int32) -> Void) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        process.terminationHandler = { onExit($0.terminationStatus) }
        try process.run()
        // A plain thread, not a task: reading blocks, and the cooperative pool has only a thread per core.
        let reader = Thread {
            let input = errors.fileHandleForReading
            var pending = Data()
            while true {
                let chunk = input.availableData
                if chunk.isEmpty { break }
                logHandle.write(chunk)
                pending.append(chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    live.consume(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                    pending = Data(pending[(newline + 1)...])
                }
            }
            try? logHandle.close()
        }
        reader.start()
    }

    /// Ctrl-C: the solver stops searching and writes the best plan it has.
    func interrupt() { if process.isRunning { process.interrupt() } }
}
