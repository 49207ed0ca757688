import Foundation

/// What a file holds, told from its first bytes rather than its name: planners' workbooks are often named
/// for another format than they hold. Systems that "export to Excel" write a web page or the Excel 2003 XML
/// format under .xls; an .xlsx saved by older software may be an .xls inside; and a workbook with a password
/// to open is a compound file (like an .xls) even when it is named .xlsx.
public enum FileContent: Sendable, Equatable {
    /// A zip archive: .xlsx (or another Office Open XML file).
    case zipArchive
    /// A compound file holding an .xls workbook (Excel 97–2003).
    case compoundFile
    /// A compound file holding an encrypted Office Open XML package: a workbook with a password to open.
    case encryptedPackage
    /// An HTML page (a table "exported to Excel" by a web system).
    case webPage
    /// Excel 2003's XML Spreadsheet format (SpreadsheetML), also written by export tools under .xls.
    case xmlSpreadsheet
    /// Plain text, such as a CSV file renamed.
    case text
    case unknown

    /// A format that is no workbook although named like one.
    public var isDisguised: Bool { [.webPage, .xmlSpreadsheet, .text].contains(self) }

    /// How many bytes are read to tell text from markup (a web page may open with a long comment or styles).
    public static let sniffedBytes = 4096

    /// The content of the file at `path`; nil when it cannot be read.
    public static func of(path: String) -> FileContent? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: sniffedBytes) else { return nil }
        let content = of(head: head)
        guard content == .compoundFile else { return content }
        // The directory of a compound file may lie anywhere in it: look for the stream's name in the whole file.
        guard let whole = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) else { return content }
        return whole.range(of: encryptedPackageName) == nil ? .compoundFile : .encryptedPackage
    }

    /// The content told from the file's first bytes alone (a compound file is not looked into).
    public static func of(head: Data) -> FileContent {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zipArchive }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        guard !head.isEmpty, !head.contains(0) else { return .unknown }
        // Text: markup is told by its tags, anything else readable is text (UTF-8, GB18030: no NUL bytes).
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        let start = lowered.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("<") {
            if lowered.contains("urn:schemas-microsoft-com:office:spreadsheet") { return .xmlSpreadsheet }
            if ["<html", "<table", "<!doctype html"].contains(where: lowered.contains) { return .webPage }
            return .unknown
        }
        return .text
    }

    /// "EncryptedPackage", the stream an encrypted Office Open XML file keeps its package in, as the UTF-16LE
    /// name in the compound file's directory.
    private static let encryptedPackageName = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
}
