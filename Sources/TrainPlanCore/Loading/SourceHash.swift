import Crypto

/// SHA-256, hex, over named byte strings in order (used to derive a scenario's hash from its base's), each as its
/// name, a newline, its byte count, a newline and its bytes, so moving bytes between files changes the hash.
enum SourceHash {
    static func compute(_ files: [(name: String, bytes: [UInt8])]) -> String {
        var hasher = SHA256()
        for file in files {
            hasher.update(data: Array("\(file.name)\n\(file.bytes.count)\n".utf8))
            hasher.update(data: file.bytes)
        }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
