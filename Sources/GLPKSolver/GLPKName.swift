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
            // Spaces would split a name in free MPS.
            let safe: Character = character.isWhitespace
                || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                ? "_" : character
            let size = String(safe).utf8.count
            guard byteCount + size <= maximumBytes else { break }
            result.append(safe)
            byteCount += size
        }
        return result
    }

    /// Sanitised names made distinct by a "~n" suffix on repeats: exported MPS and LP files refer to rows
    /// and columns by name, so two rows of one name would merge in another solver.
    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        result.reserveCapacity(names.count)
        for name in names {
            let clean = sanitized(name)
            var candidate = clean
            var copy = 1
            while seen.contains(candidate) {
                copy += 1
                let suffix = "~\(copy)"
                candidate = sanitized(String(decoding: clean.utf8.prefix(maximumBytes - suffix.utf8.count), as: UTF8.self)) + suffix
            }
            seen.insert(candidate)
            result.append(candidate)
        }
        return result
    }
}
