import Foundation
import TrainPlanCore

/// ArgumentParser words its own usage errors in English only ("Missing expected argument '<instance>'"): a
/// planner reading Chinese gets the gist in Chinese on the line above them, the English kept for the usage.
enum UsageErrorText {
    /// The language the command line asks for (`--lang en` or `--lang=en`), read before parsing succeeds.
    static func language(of arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" || (argument == "--lang" && arguments.dropFirst(index + 1).first == "en") { return .en }
        }
        return .zh
    }

    /// A Chinese line for ArgumentParser's error message; nil for English output.
    static func chineseLine(for message: String, language: Language) -> String? {
        guard language == .zh else { return nil }
        let first = message.split(separator: "\n").first.map(String.init) ?? message
        // This project's own usage errors (`usageError`) are already in the planner's language.
        if first.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return nil }
        let quoted = first.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        let gist: String
        if first.contains("Missing expected argument"), let name = quoted.first {
            gist = "缺少参数 \(name)"
        } else if first.contains("Missing value for"), let name = quoted.first {
            gist = "选项 \(name) 缺少取值"
        } else if first.contains("is invalid for"), quoted.count >= 2 {
            gist = "\(quoted[1]) 的取值“\(quoted[0])”无效"
        } else if first.contains("Unknown option"), let name = quoted.first {
            gist = "没有选项 \(name)"
        } else if first.contains("Unexpected argument"), let name = quoted.first {
            gist = "多余的参数“\(name)”（子命令或选项写错了？）"
        } else {
            gist = "命令行写法不对"
        }
        return "用法错误：\(gist)；正确用法见下方，或加 --help 查看"
    }
}
