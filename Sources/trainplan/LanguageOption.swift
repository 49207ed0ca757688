import ArgumentParser
import TrainPlanCore

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, shared by every subcommand that prints for people.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "输出语言 zh 或 en (output language: zh or en)")
    var language: Language = .zh
}

/// `--extra-lang en`: also write the pages people read (HTML, CSV) in a second language, as `NAME.LANG.EXT`
/// beside the first. `trainplan serve` asks for it so that each user reads the page in their own language.
struct ExtraLanguageOption: ParsableArguments {
    @Option(name: .customLong("extra-lang"), help: "另以此语言写出页面，文件名加 .语言 (also write the pages in this language as NAME.LANG.html)")
    var language: Language?

    /// `comparison.html` → `comparison.en.html`.
    static func fileName(_ name: String, _ language: Language) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name + "." + language.rawValue }
        return name[..<dot] + "." + language.rawValue + name[dot...]
    }
}
