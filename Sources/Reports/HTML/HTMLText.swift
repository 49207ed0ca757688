import Foundation

/// Text and numbers as they go into HTML and SVG: every piece of text from an instance passes through
/// `escape`, so a name like "<一小>" shows as written and cannot break the page.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// An SVG coordinate with one decimal, the same on every machine.
    static func coordinate(_ value: Double) -> String { String(format: "%.1f", value) }
}
