import Crypto

/// `Instance.sourceHash`, the `input_hash` stamped on every plan: SHA-256 (hex) of a canonical text of the
/// loaded instance, not of the files' bytes. So a folder, the workbook `template --from` writes of it, and a
/// folder saved back from that workbook all hash alike, while any change that reaches the model (a value, a
/// default, a row) changes the hash. The text lists every stored property by name in declaration order, sets
/// and dictionaries sorted, numbers in Swift's shortest round-trip form; the hash is this version's and may
/// change when the domain types gain properties.
enum ContentHash {
    static func of(_ instance: Instance) -> String {
        var copy = instance
        copy.sourceHash = ""
        var hasher = SHA256()
        var text = ""
        canonical(copy, into: &text, hasher: &hasher)
        hasher.update(data: Array(text.utf8))
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Appends `value`'s canonical text; long texts are handed to `hasher` as they grow, so a 45,000-teacher
    /// instance never sits in memory as one string.
    private static func canonical(_ value: Any, into text: inout String, hasher: inout SHA256) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .set, .dictionary:
            let items = mirror.children.map { child -> String in
                var item = ""
                var unused = SHA256()
                canonical(child.value, into: &item, hasher: &unused)
                return item
            }.sorted()
            text += "{" + items.joined(separator: ",") + "}"
        case .optional:
            if let some = mirror.children.first { canonical(some.value, into: &text, hasher: &hasher) } else { text += "nil" }
        case .collection, .tuple:
            text += "["
            for child in mirror.children {
                canonical(child.value, into: &text, hasher: &hasher)
                text += ","
                if text.utf8.count > 1 << 16 {
                    hasher.update(data: Array(text.utf8))
                    text = ""
                }
            }
            text += "]"
        default:
            guard !mirror.children.isEmpty else {
                text += String(reflecting: value)
                return
            }
            text += "\(mirror.subjectType)("
            for child in mirror.children {
                text += (child.label ?? "") + ":"
                canonical(child.value, into: &text, hasher: &hasher)
                text += ","
            }
            text += ")"
        }
    }
}
