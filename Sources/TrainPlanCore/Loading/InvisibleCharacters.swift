/// Invisible format characters (zero-width spaces, byte order marks, direction marks, soft hyphens), pasted
/// from web pages and chat messages: they made "T01" and "T01\u{200B}" two teachers that look the same in every
/// sheet, and a reference to one of them "unknown". Joiners (U+200C, U+200D) and the Mongolian vowel separator
/// are kept: names in Uyghur or Mongolian script need them.
enum InvisibleCharacters {
    /// A cell (or header) without them, and trimmed of the spaces they hid at either end.
    static func cleanedCell(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: isInvisible) else { return cell }
        return removed(from: cell).trimmingSpaces()
    }

    /// `text` without them, and nothing else changed (lines stay where they were): a TOML file before it is
    /// parsed, where "max_away_share\u{200B}" was an unknown key that looked like a known one.
    static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isInvisible($0) })
        return String(scalars)
    }

    /// A TOML file's text as its parser should see it: without these characters, and with no-break and
    /// ideographic spaces (pasted from WeChat, or typed in a Chinese input method) as plain spaces, since TOML
    /// allows only spaces and tabs between its tokens ("start = 2026-09-01\u{3000}" was a syntax error).
    static func tomlText(_ text: String) -> String {
        removed(from: text).replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{3000}", with: " ")
    }

    /// Zero-width space, direction marks and embeddings, word joiner and invisible operators, byte order mark,
    /// soft hyphen.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
