#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text without BOM: UTF-8 when the bytes are valid UTF-8, else GB18030,
/// which Excel writes on Chinese Windows. Foundation on Linux cannot decode GB18030, so iconv does.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) ?? convertFromGB18030(bytes) else { return nil }
        // Both encodings may start with a byte order mark, which decodes to U+FEFF.
        return text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// The 1-based line of the first bytes that are not UTF-8, for bytes `decode` rejected: where a planner
    /// should look (a name pasted from another program, a file saved in another encoding from there on).
    static func firstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return nil
    }

    /// nil when the bytes are not GB18030 either.
    private static func convertFromGB18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }

        var input = bytes.map { CChar(bitPattern: $0) }
        // A GB18030 character takes 1, 2 or 4 bytes and becomes at most 4 bytes of UTF-8.
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress
                var inputLeft = inputBuffer.count
                var outputPointer = outputBuffer.baseAddress
                var outputLeft = outputBuffer.count
                let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                guard result != -1, inputLeft == 0 else { return nil }
                return outputBuffer.count - outputLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
