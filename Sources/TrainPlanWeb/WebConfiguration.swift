import Foundation

/// What `trainplan serve` is started with; checked once in `validate()`.
public struct WebConfiguration: Sendable {
    /// Folder holding the database, uploads, plans and reports; created when missing.
    public var dataDirectory: String
    public var host: String
    public var port: Int
    /// The trainplan binary that runs each solve as a child process.
    public var solverExecutable: String
    /// Solves run at once; the rest wait in the queue (1 suits a 2-core machine).
    public var concurrentSolves: Int
    /// Largest upload body accepted (bytes).
    public var maxUploadBytes: Int
    /// Failed logins of one user name allowed within `loginWindowSeconds` before 429.
    public var loginAttempts: Int
    public var loginWindowSeconds: Double
    /// Longest time limit a planner may ask for (seconds).
    public var maxTimeLimit: Double
    /// A session cookie's lifetime (seconds).
    public var sessionSeconds: Int

    public init(dataDirectory: String, host: String = "127.0.0.1", port: Int = 8080, solverExecutable: String,
                concurrentSolves: Int = 1) {
        self.dataDirectory = dataDirectory
        self.host = host
        self.port = port
        self.solverExecutable = solverExecutable
        self.concurrentSolves = concurrentSolves
        self.maxUploadBytes = 20 << 20
        self.loginAttempts = 5
        self.loginWindowSeconds = 300
        self.maxTimeLimit = 3600
        self.sessionSeconds = 12 * 3600
    }

    /// Every problem with the settings, in words for the person who started the server.
    public func problems() -> [String] {
        var problems: [String] = []
        if !(1...65535).contains(port) { problems.append("--port must be in 1...65535, got \(port)") }
        if concurrentSolves < 1 || concurrentSolves > 64 { problems.append("--solves must be in 1...64, got \(concurrentSolves)") }
        if host.isEmpty { problems.append("--host must not be empty") }
        if !FileManager.default.isExecutableFile(atPath: solverExecutable) {
            problems.append("the solver binary \(solverExecutable) is not executable")
        }
        return problems
    }
}
