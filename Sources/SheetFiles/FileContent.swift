import Foundation

/// What a file holds, told from its bytes rather than its name: planners' workbooks are often named for
/// another format than they hold. Systems that "export to Excel" write a web page or the Excel 2003 XML
/// format under .xls; an .xlsx saved by older software may be an .xls inside; an .xlsx with a password
/// to open is a compound file (like an .xls) holding an encrypted package; and an .xls with one has its
/// workbook's records encrypted after a FILEPASS record.
public enum FileContent: Sendable, Equatable {
    /// A zip archive: .xlsx (or another Office Open XML file).
    case zipArchive
    /// A compound file holding an .xls workbook (Excel 97–2003).
    case compoundFile
    /// A workbook with a password to open: a compound file holding an encrypted Office Open XML package (an
    /// .xlsx), or an .xls whose workbook stream is encrypted.
    case encrypted
    /// A format that is no workbook at all.
    case disguised(DisguisedFormat)
    /// No bytes at all.
    case empty
    case unknown

    /// Formats that export tools and planners save under a workbook's name.
    public enum DisguisedFormat: Sendable, Equatable {
        /// An HTML page (a table "exported to Excel" by a web system), or a single-file web page (MHT).
        case webPage
        /// Excel 2003's XML Spreadsheet format (SpreadsheetML).
        case xmlSpreadsheet
        /// Plain text, such as a CSV file.
        case text
        /// A Word document (.docx): a zip archive like an .xlsx, with a document where the workbook would be.
        case wordDocument
        /// A PowerPoint presentation (.pptx).
        case presentation
        /// An OpenDocument file (.ods from LibreOffice or WPS, `isSpreadsheet`; or .odt and the like).
        case openDocument(isSpreadsheet: Bool)
        /// A PDF (a scanned or printed table).
        case pdf
        /// A picture (PNG, JPEG, GIF: a photo or screenshot of a table).
        case image
        /// A compressed archive other than a zip (RAR, 7z, gzip).
        case compressedArchive
    }

    static let workbookPart = "xl/workbook.xml"
    static let documentPart = "word/document.xml"
    static let presentationPart = "ppt/presentation.xml"
    static let openDocumentEntry = "mimetype"
    /// Entries only an office file's zip holds: the main part of a workbook, a Word document or a
    /// presentation, and an OpenDocument file's `mimetype` (`XLSXArchive.otherOfficeFormat` names each; a
    /// web upload holding one goes to the workbook reader).
    public static let officeZipEntries = [workbookPart, documentPart, presentationPart, openDocumentEntry]

    /// How many bytes are read to tell text from markup: a web page may open with long styles, scripts or a
    /// comment before its first <table> (4 KB was too few for some).
    public static let sniffedBytes = 64 << 10

    /// The content of the file at `path`; nil when it cannot be read.
    public static func of(path: String) -> FileContent? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // At the end of the file (an empty one) Foundation reads nil, not empty data.
        let head: Data
        do { head = try handle.read(upToCount: sniffedBytes) ?? Data() } catch { return nil }
        let content = of(head: head)
        guard content == .compoundFile else { return content }
        return (try? CompoundFileDirectory.content(handle)) ?? .compoundFile
    }

    /// The content told from the file's first bytes alone (a compound file is not looked into).
    public static func of(head: Data) -> FileContent {
        if head.isEmpty { return .empty }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zipArchive }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if let format = otherFormats.first(where: { head.starts(with: $0.magic) })?.format { return .disguised(format) }
        guard let text = readableText(head) else { return .unknown }
        let lowered = text.lowercased()
        let start = lowered.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        // A single-file web page (MHT) opens with mail headers, "MIME-Version:" first or after "From:" and others.
        if start.hasPrefix("mime-version:") || (lowered.contains("\nmime-version:") && lowered.contains("multipart/related")) {
            return .disguised(.webPage)
        }
        guard start.hasPrefix("<") else { return .disguised(.text) }
        // An XML spreadsheet has <Table> elements too: the page's own tags first, the namespace next.
        if lowered.contains("<html") || lowered.contains("<!doctype html") { return .disguised(.webPage) }
        if lowered.contains("urn:schemas-microsoft-com:office:spreadsheet") { return .disguised(.xmlSpreadsheet) }
        if lowered.contains("<table") { return .disguised(.webPage) }
        return .unknown
    }

    /// The first bytes of files sent for a workbook by mistake.
    private static let otherFormats: [(magic: [UInt8], format: DisguisedFormat)] = [
        (Array("%PDF".utf8), .pdf),
        ([0x89, 0x50, 0x4E, 0x47], .image), ([0xFF, 0xD8, 0xFF], .image), (Array("GIF8".utf8), .image),
        (Array("Rar!".utf8), .compressedArchive), ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], .compressedArchive),
        ([0x1F, 0x8B], .compressedArchive),
    ]

    /// `head` as text: UTF-16 with its byte order mark (Excel's "Unicode text"), or 8-bit text (UTF-8,
    /// GB18030; only tags and ASCII are looked at): no NUL byte, and control characters other than tab, line
    /// and page breaks in at most 1 % of the bytes (binary data has them throughout); nil for binary data.
    private static func readableText(_ head: Data) -> String? {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // A cut in the middle of a character at the end of the head is dropped, not an error.
            return String(data: head.prefix(head.count & ~1), encoding: .utf16)
        }
        guard !head.isEmpty, !head.contains(0) else { return nil }
        let controls = head.reduce(0) { count, byte in
            byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte) || byte == 0x7F ? count + 1 : count
        }
        guard controls * 100 <= head.count else { return nil }
        return String(decoding: head, as: UTF8.self)
    }
}

/// The directory of a compound file (MS-CFB), read only as far as telling an .xls from an encrypted Office
/// Open XML package or an old Word or PowerPoint file: the directory's 128-byte entries lie in 512- or
/// 4096-byte sectors, so each starts at a multiple of 128 bytes in the file, with its name in UTF-16LE and the
/// name's length in bytes at 0x40.
enum CompoundFileDirectory {
    /// What the file holds: an .xls when some entry is the "Workbook" (or "Book") stream (an .xls embedding
    /// a document has both), encrypted when that stream says so (`isEncryptedWorkbook`); else an encrypted
    /// package ("EncryptedPackage"), a Word document ("WordDocument") or a PowerPoint presentation
    /// ("PowerPoint Document"); else a compound file of unknown use, left to the .xls reader. A cell's text
    /// matching a name lies elsewhere than an entry's start. Reads the file a megabyte at a time.
    static func content(_ handle: FileHandle) throws -> FileContent {
        try handle.seek(toOffset: 0)
        var found: FileContent = .compoundFile
        while let chunk = try handle.read(upToCount: chunkBytes), !chunk.isEmpty {
            let bytes = [UInt8](chunk)
            var offset = 0
            while offset + entryBytes <= bytes.count {
                let entry = bytes[offset..<offset + entryBytes]
                if isStream(named: workbook, entry) || isStream(named: book, entry) {
                    return try isEncryptedWorkbook(entry, handle) ? .encrypted : .compoundFile
                }
                if found == .compoundFile, let other = others.first(where: { isStream(named: $0.name, entry) }) { found = other.content }
                offset += entryBytes
            }
        }
        return found
    }

    private static let entryBytes = 128
    /// A multiple of `entryBytes`, so that every chunk starts at an entry's boundary.
    private static let chunkBytes = 1 << 20
    private static let others: [(name: [UInt8], content: FileContent)] = [
        (utf16Name("EncryptedPackage"), .encrypted),
        (utf16Name("WordDocument"), .disguised(.wordDocument)),
        (utf16Name("PowerPoint Document"), .disguised(.presentation)),
    ]
    private static let workbook = utf16Name("Workbook")
    private static let book = utf16Name("Book")

    /// The name as a directory entry holds it: UTF-16LE with its terminating NUL.
    private static func utf16Name(_ name: String) -> [UInt8] {
        (name.utf16 + [0]).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// Whether the workbook stream of `entry` opens with a FILEPASS record among its first records: an .xls
    /// with a password to open (libfreexl reads it as plain and returns garbage or fails as if damaged).
    /// Record headers stay plain in an encrypted stream, and FILEPASS follows the globals' BOF. Only the
    /// stream's first sector is read, where a stream of 4,096 bytes or more (every real workbook) starts:
    /// sector (start + 1) × sector size. A smaller stream lives in the mini stream and is not looked into.
    private static func isEncryptedWorkbook(_ entry: ArraySlice<UInt8>, _ handle: FileHandle) throws -> Bool {
        let startSector = littleEndian(entry, at: 0x74, bytes: 4)
        let size = littleEndian(entry, at: 0x78, bytes: 4)
        try handle.seek(toOffset: 0x1E)
        guard let header = try handle.read(upToCount: 2), header.count == 2 else { return false }
        let sectorShift = Int(header[header.startIndex])
        guard size >= miniStreamCutoff, startSector < 0xFFFF_FFFA, (9...12).contains(sectorShift) else { return false }
        try handle.seek(toOffset: UInt64((startSector + 1) << sectorShift))
        guard let data = try handle.read(upToCount: min(size, 1 << sectorShift)) else { return false }
        let records = [UInt8](data)
        var offset = 0
        while offset + 4 <= records.count {
            let type = littleEndian(records, at: offset, bytes: 2)
            let length = littleEndian(records, at: offset + 2, bytes: 2)
            if offset == 0, type & 0xFF != 0x09 { return false }  // not a BOF: not a BIFF stream
            if type == filePassRecord { return true }
            if type == endOfFileRecord { return false }
            offset += 4 + length
        }
        return false
    }

    /// The unsigned little-endian integer of `count` bytes at `offset` from the start of `bytes` (the compound
    /// file's and BIFF's byte order).
    private static func littleEndian(_ bytes: ArraySlice<UInt8>, at offset: Int, bytes count: Int) -> Int {
        let start = bytes.startIndex + offset
        return (0..<count).reduce(0) { $0 | Int(bytes[start + $1]) << (8 * $1) }
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int, bytes count: Int) -> Int {
        littleEndian(bytes[...], at: offset, bytes: count)
    }

    private static let miniStreamCutoff = 4096
    private static let filePassRecord = 0x002F
    private static let endOfFileRecord = 0x000A

    /// An entry of object type 2 (stream) whose name is `name`, its length field agreeing.
    private static func isStream(named name: [UInt8], _ entry: ArraySlice<UInt8>) -> Bool {
        let start = entry.startIndex
        let length = littleEndian(entry, at: 0x40, bytes: 2)
        return length == name.count && entry[start + 0x42] == 2 && entry[start..<start + name.count].elementsEqual(name)
    }
}
