import ArgumentParser
import Foundation
import TrainPlanWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动网页服务 (run the web app for planners and schools)"
    )

    @Option(name: .long, help: "数据文件夹：数据库、上传、计划 (data folder: database, uploads, plans)")
    var data: String = "trainplan-data"

    @Option(name: .long, help: "监听地址 (address to listen on)")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "端口 (port)")
    var port: Int = 8080

    @Option(name: .long, help: "同时运行的求解数 (solves run at once)")
    var solves: Int = 1

    func run() async throws {
        let configuration = WebConfiguration(dataDirectory: data, host: host, port: port,
                                             solverExecutable: currentExecutablePath(), concurrentSolves: solves)
        let problems = configuration.problems()
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
        let app = try await WebApplication.build(configuration)
        FileHandle.standardOutput.write(Data("trainplan serve: http://\(host):\(port)/  (data: \(data))\n".utf8))
        try await app.runService()
    }
}

/// This binary, which the server starts again as `trainplan solve` for each job.
func currentExecutablePath() -> String {
    if let path = Bundle.main.executablePath { return path }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
}
