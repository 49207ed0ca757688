import ArgumentParser
import Foundation
import TrainPlanCore
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

    @Option(name: .long, help: "输出语言 zh 或 en (output language: zh or en)")
    var lang: Language = .zh

    func run() throws {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw usageError(lang, "请从标准输入给出密码，例如 `echo 'secret123' | trainplan user add …`",
                             "give the password on standard input, e.g. `echo 'secret123' | trainplan user add …`")
        }
        do {
            try UserAdministration.add(name: name, role: role, school: school, password: line, dataDirectory: data)
        } catch {
            FileHandle.standardError.write(Data((error.message(lang) + "\n").utf8))
            throw ExitCode(1)
        }
        let who = "\(name)（\(role.rawValue)\(school.map { "，" + $0 } ?? "")）"
        print(lang.pick("已保存用户 \(who)，数据文件夹 \(data)", "user \(name) (\(role.rawValue)\(school.map { ", " + $0 } ?? "")) saved in \(data)"))
    }
}
