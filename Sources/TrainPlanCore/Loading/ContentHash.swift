import Crypto

/// `Instance.sourceHash`, the `input_hash` stamped on every plan: SHA-256 (hex) of a canonical text of the
/// loaded instance, not of the files' bytes. So a folder, the workbook `template --from` writes of it, and any
/// other file that loads to the same instance hash alike, while any change that reaches the model (a value, a
/// default, a row) changes the hash. The text lists every stored property by name in declaration order, texts
/// with their length in front, sets and dictionaries sorted, numbers in Swift's shortest round-trip form; the
/// hash is this version's and may change when the domain types gain properties.
enum ContentHash {
    /// Teacher's stored properties in declaration order, as the hash writes them.
    static let teacherFields = ["id", "name", "school", "stage", "subject", "tags", "weeklyPeriods", "cycleHours",
                                "unavailable"]

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

    /// A text with its UTF-8 length in front, so no content can be mistaken for a separator.
    private static func quoted(_ text: String) -> String { String(text.utf8.count) + "\"" + text }

    /// Appends `value`'s canonical text; long texts are handed to `hasher` as they grow, so a 45,000-teacher
    /// instance never sits in memory as one string.
    private static func canonical(_ value: Any, into text: inout String, hasher: inout SHA256) {
        // The leaves that make up most of an instance, written without reflection (a Mirror per value made
        // the hash three quarters of a 45,000-teacher load). An optional holding one of them matches too.
        switch value {
        case let string as String:
            text += quoted(string)
            return
        case let number as Double:
            text += String(number)
            return
        case let integer as Int:
            text += String(integer)
            return
        case let flag as Bool:
            text += flag ? "true" : "false"
            return
        case let date as PlanDate:
            text += "d" + String(date.ordinal)
            return
        case let dates as Set<PlanDate>:
            text += "{" + dates.map(\.ordinal).sorted().map(String.init).joined(separator: ",") + "}"
            return
        case let strings as Set<String>:
            text += "{" + strings.sorted().map(quoted).joined(separator: ",") + "}"
            return
        case let teacher as Teacher:
            // Teachers are nearly all of a large instance: their fields are written here, typed, rather than
            // reflected. `teacherFields` names them, and a test keeps it equal to Teacher's stored properties.
            text += "Teacher(id:" + quoted(teacher.id) + ",name:" + quoted(teacher.name) + ",school:"
                + quoted(teacher.school) + ",stage:" + quoted(teacher.stage.rawValue) + ",subject:"
                + quoted(teacher.subject) + ",tags:{" + teacher.tags.sorted().map(quoted).joined(separator: ",")
                + "},weeklyPeriods:" + (teacher.weeklyPeriods.map { String($0) } ?? "nil") + ",cycleHours:"
                + String(teacher.cycleHours) + ",unavailable:{"
                + teacher.unavailable.map(\.ordinal).sorted().map(String.init).joined(separator: ",") + "},)"
            return
        default:
            break
        }
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
