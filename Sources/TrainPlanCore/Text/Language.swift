/// Language of human-facing output: Simplified Chinese by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// Picks the text for this language.
    public func pick(_ chinese: String, _ english: String) -> String {
        self == .zh ? chinese : english
    }
}
