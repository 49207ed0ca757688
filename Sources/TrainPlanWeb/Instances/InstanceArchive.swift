import Foundation
import SheetFiles
import TrainPlanCore
import ZIPFoundation

/// Unpacks a .zip of an instance folder, defensively: only the instance's own file names are taken (from any
/// folder level, so a zip of the folder or of its files both work), sizes are counted while inflating, and no
/// name from the archive becomes a path.
enum InstanceArchive {
    /// The files an instance folder may hold (SPEC "Instance: a folder").
    static let instanceFiles: Set<String> = ["instance.toml", "schools.csv", "teachers.csv", "sites.csv", "programs.csv",
                                             "quotas.csv", "distances.csv"]
    static let maxEntries = 1000
    static let maxTotalBytes = 200 << 20

    static func extract(zip: URL, to folder: URL, language: Language) throws(UploadRejection) {
        let file = zip.lastPathComponent
        let archive: Archive
        do {
            guard ZipEnd.isPresent(inFileAt: zip.path) else { throw CocoaError(.fileReadCorruptFile) }
            archive = try Archive(url: zip, accessMode: .read)
        } catch {
            throw UploadRejection(issues: [UploadIssue(file: file, message: language.pick(
                "不是有效的 zip 文件", "not a valid zip file"))])
        }
        var entries: [String: Entry] = [:]
        var issues: [UploadIssue] = []
        var count = 0
        for entry in archive {
            count += 1
            if count > maxEntries {
                throw UploadRejection(issues: [UploadIssue(file: file, message: language.pick(
                    "zip 中的文件超过 \(maxEntries) 个", "the zip holds more than \(maxEntries) entries"))])
            }
            guard entry.type == .file else { continue }
            let name = String(entry.path.split(separator: "/").last ?? "")
            guard instanceFiles.contains(name), !entry.path.contains("__MACOSX") else { continue }
            if entries[name] != nil {
                issues.append(UploadIssue(file: entry.path, message: language.pick(
                    "zip 中有多个 \(name)", "the zip holds more than one \(name)")))
            }
            entries[name] = entry
        }
        if !issues.isEmpty { throw UploadRejection(issues: issues) }
        if entries.isEmpty {
            throw UploadRejection(issues: [UploadIssue(file: file, message: language.pick(
                "zip 中没有实例文件（instance.toml、teachers.csv 等）",
                "the zip holds no instance files (instance.toml, teachers.csv, …)"))])
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw UploadRejection(issues: [UploadIssue(file: file, message: "\(error)")])
        }
        var total = 0
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            var contents = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    total += chunk.count
                    guard total <= maxTotalBytes else { throw ArchiveTooLarge() }
                    contents.append(chunk)
                }
                try contents.write(to: folder.appendingPathComponent(name))
            } catch is ArchiveTooLarge {
                throw UploadRejection(issues: [UploadIssue(file: file, message: language.pick(
                    "解压后超过 \(maxTotalBytes >> 20) MB", "more than \(maxTotalBytes >> 20) MB once unpacked"))])
            } catch {
                throw UploadRejection(issues: [UploadIssue(file: entry.path, message: language.pick(
                    "无法解压：\(error)", "cannot be unpacked: \(error)"))])
            }
        }
    }

    private struct ArchiveTooLarge: Error {}
}
