/// Which number formats show a number as a date, so that such a cell reads as a day and not as 46266.
enum DateFormats {
    /// Built-in format ids that are dates: 14–17 and 22 everywhere; 27–36 and 50–58 are the East Asian
    /// date formats (e.g. `yyyy"年"m"月"d"日"`) that Chinese Excel and WPS use.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom format code shows a date: it has a year or day part (`y`, `d`, `e`, 年, 日) outside
    /// quoted text, escapes and `[...]` sections (colours, locales, elapsed time). Only the first section
    /// (before `;`) counts. `m` alone could be minutes, and `General`'s `e` is no date.
    static func isDateCode(_ code: String) -> Bool {
        if code.lowercased() == "general" || code == "@" { return false }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        var sawMonth = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                // Quoted 年 and 日 (`yyyy"年"m"月"d"日"`) are literal text; the letters around them decide.
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": inBrackets = true
            case ";": return false
            case "y", "Y", "d", "D", "e", "年", "日": return true
            case "m", "M", "月": sawMonth = true
            case "h", "H", "s", "S": return false
            default: continue
            }
        }
        return sawMonth && !code.contains(":")
    }
}
