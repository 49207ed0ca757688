import Foundation

/// Known ids by how they look to a reader: compatibility forms as their plain ones (full-width letters and
/// digits, as a Chinese input method types them: "Ｔ01"), case and spaces ignored ("L 003", typed to align a
/// column, is L003). Messages about an unknown id name the known one it looks like.
public struct LookAlikeIDs: Sendable {
    private let byForm: [String: String]

    public init(_ known: some Sequence<String>) {
        var byForm: [String: String] = [:]
        for id in known {
            let form = Self.form(id)
            byForm[form] = min(byForm[form] ?? id, id)
        }
        self.byForm = byForm
    }

    /// The known id that looks like `id` (the least, when several do); nil when none does or `id` is itself known.
    public func similar(to id: String) -> String? {
        byForm[Self.form(id)].flatMap { $0 == id ? nil : $0 }
    }

    static func form(_ id: String) -> String {
        String(id.precomposedStringWithCompatibilityMapping.lowercased().filter { !$0.isWhitespace })
    }

    /// What a message about several unknown ids adds for those that look like a known one; empty for none.
    public static func hints(_ pairs: [(unknown: String, similar: String)], _ language: Language) -> String {
        guard !pairs.isEmpty else { return "" }
        let questions = pairs.map {
            language.pick("；\"\(Echo.value($0.unknown))\" 是否应为 \"\(Echo.value($0.similar))\"？",
                          "; \"\(Echo.value($0.unknown))\": did you mean \"\(Echo.value($0.similar))\"?")
        }
        return questions.joined() + language.pick("（只差大小写、空格或全角半角等写法）",
                                                   " (they differ only in case, spaces or in how characters are written, such as full width)")
    }

    /// What a message about an unknown id adds when it looks like `similar`; empty for nil.
    public static func hint(_ similar: String?, _ language: Language) -> String {
        guard let similar else { return "" }
        return language.pick("；是否应为 \"\(Echo.value(similar))\"？（只差大小写、空格或全角半角等写法）",
                             "; did you mean \"\(Echo.value(similar))\"? (it differs only in case, spaces or in how characters are written, such as full width)")
    }
}
