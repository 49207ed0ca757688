/// GLPK's rules for row, column and problem names: at most 255 bytes and no control
/// characters; anything else is a fatal error inside GLPK.
enum GLPKName {
    static let maximumBytes = 255

    /// `name` with control characters replaced by "_" and cut to 255 UTF-8 bytes at a character
    /// boundary. Names only label rows and columns in logs and exported files.
    static func sanitized(_ name: String) -> String {
        var result = ""
        var byteCount = 0
        for character in name {
            let safe: Character = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                ? "_" : character
            let size = String(safe).utf8.count
            guard byteCount + size <= maximumBytes else { break }
            result.append(safe)
            byteCount += size
        }
        return result
    }
}
