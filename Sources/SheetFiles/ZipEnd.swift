import Foundation

/// Whether a file ends as a zip archive must: with its end of central directory record (signature
/// "PK\u{5}\u{6}") within the last 65,557 bytes (the record's 22 bytes and a comment of at most 65,535).
/// ZIPFoundation looks for the record one byte at a time from the end through the whole file, so a large
/// file that starts like a zip without being one (a truncated download) took 40 s per 200 MB to reject;
/// checked first, it is rejected at once.
public enum ZipEnd {
    public static func isPresent(inFileAt path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        do {
            let length = try handle.seekToEnd()
            try handle.seek(toOffset: length - min(length, UInt64(tailBytes)))
            guard let tail = try handle.readToEnd() else { return false }
            return tail.range(of: signature) != nil
        } catch {
            return false
        }
    }

    /// The same for a file held in memory (an upload).
    public static func isPresent(in data: Data) -> Bool {
        data.suffix(tailBytes).range(of: signature) != nil
    }

    private static let tailBytes = 22 + 65_535
    private static let signature = Data([0x50, 0x4B, 0x05, 0x06])
}
