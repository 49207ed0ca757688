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
        var repeats: [String: Int] = [:]
        return names.map { name in
            let clean = sanitized(name)
            if seen.insert(clean).inserted { return clean }
            var candidate: String
            repeat {
                repeats[clean, default: 1] += 1
                let suffix = "~\(repeats[clean]!)"
                candidate = sanitized(String(clean.utf8.prefix(maximumBytes - suffix.utf8.count)) ?? clean) + suffix
            } while !seen.insert(candidate).inserted
            return candidate
        }
    }
}
