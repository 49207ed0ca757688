#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text without BOM: UTF-8 when the bytes are valid UTF-8, else GB18030,
/// which Excel writes on Chinese Windows. Foundation on Linux cannot decode GB18030, so iconv does.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) ?? convertFromGB18030(bytes) else { return nil }
        // Both encodings may start with a byte order mark, which decodes to U+FEFF.
        return text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// What to tell a planner whose CSV file (a plan's, a changes file) `decode` rejected.
    public static func undecodableCSV(_ language: Language) -> String {
        language.pick("文本既不是 UTF-8 也不是 GB18030 编码（请在 Excel 中另存为“CSV UTF-8”）",
                      "text is neither UTF-8 nor GB18030 (save it from Excel as \"CSV UTF-8\")")
    }

    /// For bytes `decode` rejected, the 1-based line where a planner should look: the first that is neither
    /// UTF-8 nor GB18030 (a GB18030 file with one damaged character), else the first that is not UTF-8 (a
    /// UTF-8 file with a line pasted in GB18030). A line feed never occurs inside a character of either.
    public static func firstUndecodableLine(_ bytes: [UInt8]) -> Int? {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            lines.append(bytes[start..<index])
            start = index + 1
        }
        let notUTF8 = lines.indices.filter { String(validating: lines[$0], as: UTF8.self) == nil }
        let neither = notUTF8.first { convertFromGB18030(Array(lines[$0])) == nil }
        return (neither ?? notUTF8.first).map { $0 + 1 }
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
