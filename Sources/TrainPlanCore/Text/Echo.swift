/// How a value from the user's files is quoted back in a message: control characters shown as `\u{1B}`
/// (never sent raw to a terminal) and at most `limit` characters, with an ellipsis; lists give the first few
/// items and the count.
public enum Echo {
    public static let limit = 80
    public static let listedItems = 5
    /// Problems of one file listed one per line before "… and N more problems" (a plan folder, a changes
    /// file): enough to fix a hand-edited file in one go, short enough to read when a wrong file was given.
    public static let listedProblems = 20

    /// Where a problem of a file is, as its line begins: "F 第 3 行 "teacher" 列：" / "F row 3, column "teacher": ".
    /// `file` is shown as given (already echoed); a row without a column, or the whole file, is said shorter.
    public static func place(_ file: String, line: Int?, column: String?, _ language: Language) -> String {
        switch (line, column) {
        case let (line?, column?):
            language.pick("\(file) 第 \(line) 行 \"\(value(column))\" 列：", "\(file) row \(line), column \"\(value(column))\": ")
        case let (line?, nil): language.pick("\(file) 第 \(line) 行：", "\(file) row \(line): ")
        default: language.pick("\(file)：", "\(file): ")
        }
    }

    /// The lines of `problems`, at most `listedProblems` of them, then how many more there are.
    public static func problemLines(_ problems: [String], _ language: Language) -> String {
        var lines = Array(problems.prefix(listedProblems))
        if problems.count > listedProblems {
            let more = problems.count - listedProblems
            lines.append(language.pick("……另有 \(more) 处问题", "… and \(more) more problems"))
        }
        return lines.joined(separator: "\n")
    }

    public static func value(_ text: String) -> String {
        var shown = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                shown += "…"
                break
            }
            shown += isControl(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
            count += 1
        }
        return shown
    }

    /// `a, b, c, … (1234 in all)`.
    public static func list(_ items: [String], separator: String = ", ") -> String {
        let shown = items.prefix(listedItems).map(value).joined(separator: separator)
        return items.count > listedItems ? "\(shown)\(separator)… (\(items.count))" : shown
    }

    /// C0 and C1 control characters and DEL.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` with control characters removed: for names printed in sheets, pages and calendars.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.map { isControl($0) ? " " : $0 })
        return String(scalars)
    }
}
