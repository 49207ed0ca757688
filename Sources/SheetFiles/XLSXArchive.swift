import Foundation
import ZIPFoundation

/// The zip container of an .xlsx, read within `SpreadsheetLimits`.
struct XLSXArchive {
    private let archive: Archive
    private let limits: SpreadsheetLimits
    private var bytesRead = 0

    init(path: String, limits: SpreadsheetLimits) throws(SpreadsheetError) {
        let url = URL(fileURLWithPath: path)
        // A folder is "readable" too, and ZIPFoundation then loops on it.
        var isFolder: ObjCBool = false
        guard FileManager.default.isReadableFile(atPath: path),
              FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
        else { throw .cannotOpen(path: path) }
        guard ZipEnd.isPresent(inFileAt: path) else {
            throw .notAWorkbook(detail: "no zip end of central directory record (a truncated or damaged file)")
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notAWorkbook(detail: String(describing: error))
        }
        self.limits = limits
        // Counting stops at the limit: a directory of millions of entries is not walked to its end.
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.maxEntries { throw .tooLarge(.entries(limit: limits.maxEntries)) }
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The other office format this zip archive holds when it is not a workbook (nil for an .xlsx, or an
    /// archive of none of them): told by the part each format has where an .xlsx has xl/workbook.xml, and
    /// an OpenDocument file by its `mimetype` entry.
    mutating func otherOfficeFormat() -> FileContent.DisguisedFormat? {
        if contains(FileContent.workbookPart) { return nil }
        if contains(FileContent.documentPart) { return .wordDocument }
        if contains(FileContent.presentationPart) { return .presentation }
        guard contains(FileContent.openDocumentEntry), let mimetype = try? part(FileContent.openDocumentEntry) else { return nil }
        let type = String(decoding: mimetype.prefix(200), as: UTF8.self)
        // Other formats have a mimetype entry too (an EPUB): only OpenDocument's are named.
        guard type.hasPrefix("application/vnd.oasis.opendocument") else { return nil }
        return .openDocument(isSpreadsheet: type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet"))
    }

    /// The uncompressed bytes of the part at `path` (no leading slash); nil when there is none.
    mutating func part(_ path: String) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let partLimit = limits.maxPartBytes
        let totalLeft = limits.maxTotalBytes - bytesRead
        // The sizes in the zip directory can lie, so the bytes are counted as they are inflated.
        var data = Data()
        data.reserveCapacity(min(Int(clamping: entry.uncompressedSize), partLimit, 64 << 20))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > partLimit || data.count > totalLeft { throw PartTooLarge() }
            }
        } catch is PartTooLarge {
            throw .tooLarge(data.count > partLimit ? .inflatedPart(path: path, megabytes: partLimit >> 20)
                                                   : .inflatedTotal(megabytes: limits.maxTotalBytes >> 20))
        } catch {
            throw .notAWorkbook(detail: "\(path): \(error)")
        }
        bytesRead += data.count
        return data
    }

    private struct PartTooLarge: Error {}
}
