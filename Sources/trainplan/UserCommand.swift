import ArgumentParser
import Foundation
import TrainPlanWeb

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "管理网页用户 (manage the web app's users)",
        subcommands: [UserAddCommand.self]
    )
}

extension UserRole: ExpressibleByArgument {}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "添加或重置用户，密码从标准输入读取 (add or reset a user; the password is read from standard input)"
    )

    @Argument(help: "用户名 (user name)")
    var name: String

    @Option(name: .long, help: "角色 planner|school (role)")
    var role: UserRole

    @Option(name: .long, help: "学校编号，school 角色必填 (school id, for the school role)")
    var school: String?

    @Option(name: .long, help: "数据文件夹 (data folder of `serve`)")
    var data: String = "trainplan-data"

    func run() throws {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("give the password on standard input, e.g. `echo 'secret123' | trainplan user add …`")
        }
        do {
            try UserAdministration.add(name: name, role: role, school: school, password: line, dataDirectory: data)
        } catch let problem as UserAdministration.Problem {
            throw ValidationError(problem.description)
        }
        print("user \(name) (\(role.rawValue)\(school.map { ", " + $0 } ?? "")) saved in \(data)")
    }
}
