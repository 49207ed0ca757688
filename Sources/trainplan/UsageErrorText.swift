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

    /// A Chinese line for ArgumentParser's error message; nil for English output and for this project's own
    /// usage errors (`usageError`), which are already in the planner's language.
    static func chineseLine(for message: String, language: Language) -> String? {
        guard language == .zh else { return nil }
        let first = message.split(separator: "\n").first.map(String.init) ?? message
        // Anchored at both ends: the planner's own input inside the quotes may hold quotes or Chinese.
        let patterns: [(String, ([String]) -> String)] = [
            (#"^Error: Missing expected argument '(.*)'$"#, { "缺少参数 \($0[0])" }),
            (#"^Error: Missing value for '(.*)'$"#, { "选项 \($0[0]) 缺少取值" }),
            (#"^Error: The value '(.*)' is invalid for '([^']*)'"#, { "\($0[1]) 的取值“\($0[0])”无效" }),
            (#"^Error: Unknown option '([^']*)'"#, { "没有选项 \($0[0])" }),
            (#"^Error: Unexpected argument '(.*)'$"#, { "多余的参数“\($0[0])”（子命令或选项写错了？）" }),
        ]
        for (pattern, gist) in patterns {
            if let captures = captures(of: pattern, in: first) { return "用法错误：\(gist(captures))；正确用法见下方，或加 --help 查看" }
        }
        if containsChinese(first) { return nil }
        return "用法错误：命令行写法不对；正确用法见下方，或加 --help 查看"
    }

    /// ArgumentParser's message as the planner reads it: this project's own usage errors are already in
    /// Chinese but come with its English "Error: " in front ("Error: 请给出 --mps 文件 或 --lp 文件"), which
    /// becomes "用法错误：".
    static func message(_ message: String, language: Language) -> String {
        let englishPrefix = "Error: "
        guard language == .zh, message.hasPrefix(englishPrefix),
              let first = message.split(separator: "\n").first,
              containsChinese(first) else { return message }
        return "用法错误：" + message.dropFirst(englishPrefix.count)
    }

    private static func containsChinese(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    private static func captures(of pattern: String, in text: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
