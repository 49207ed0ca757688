/// One problem in a scenario file: the file, the dotted key and the bad value, in the style of
/// `InstanceIssue` (texts for value problems are the instance's own).
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A value problem an instance file can have too (bad date, negative seats, unknown programme, …).
        case value(InstanceIssue.Kind)
        /// Unlike instance.toml, a scenario's unknown key is an error: a mistyped patch must not be ignored.
        case unknownKey(known: [String])
        /// With the known id it looks like (`LookAlikeIDs`), if any.
        case unknownTeacher(String, similar: String? = nil)
        /// A sub-quota the base lacks needs its scope (district or school) to be added.
        case missingScope(program: String, scopeID: String)
    }

    /// The scenario file as given on the command line.
    public var file: String
    /// Line of a TOML syntax error.
    public var line: Int?
    /// Dotted key, e.g. `sites.GT01.seats`.
    public var key: String?
    public var kind: Kind

    public init(file: String, line: Int? = nil, key: String?, kind: Kind) {
        self.file = file
        self.line = line
        self.key = key
        self.kind = kind
    }

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let problem: (zh: String, en: String)
        switch kind {
        case .value(let kind):
            return InstanceIssue(file: file, row: line, column: key, kind: kind).message(language)
        case .unknownKey(let known):
            problem = ("未知的键（应为以下之一：\(known.joined(separator: "、"))）",
                       "unknown key (expected one of: \(known.joined(separator: ", ")))")
        case .unknownTeacher(let id, let similar):
            problem = ("未知教师 \"\(Echo.value(id))\"（应为 teachers.csv 中的工号）" + LookAlikeIDs.hint(similar, .zh),
                       "unknown teacher \"\(Echo.value(id))\" (expected an id from teachers.csv)" + LookAlikeIDs.hint(similar, .en))
        case .missingScope(let program, let scopeID):
            problem = ("基础实例中没有 \(program) 在 \"\(Echo.value(scopeID))\" 的分配名额，新增时需写 scope（district 或 school）",
                       "the base has no sub-quota of \(program) for \"\(Echo.value(scopeID))\" (expected scope = district or school to add one)")
        }
        let file = Echo.value(self.file)
        let location = key.map { language.pick("\(file) 的 \"\(Echo.value($0))\" 键", "\(file), key \"\(Echo.value($0))\"") } ?? file
        return location + language.pick("：", ": ") + language.pick(problem.zh, problem.en)
    }
}

/// Thrown when a scenario file has errors; nothing is solved or written then.
public struct ScenarioLoadError: Error, Sendable, CustomStringConvertible {
    public var issues: [ScenarioIssue]
    public init(issues: [ScenarioIssue]) { self.issues = issues }
    public var description: String { issues.map { $0.message(.en) }.joined(separator: "\n") }
}
