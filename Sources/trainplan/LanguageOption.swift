import ArgumentParser
import TrainPlanCore

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, shared by every subcommand that prints for people.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "输出语言 zh 或 en (output language: zh or en)")
    var language: Language = .zh
}
