import Foundation
import SheetFiles
import TrainPlanCore
import ZIPFoundation

/// Turns an uploaded file into an instance the solver can read. This is the one place that knows the upload
/// kinds: a zip of an instance folder, or an instance workbook (SPEC "Instance: a workbook").
enum InstanceSource {
    /// Upload kinds by file extension.
    static let kinds = ["zip", "xlsx", "xls"]
    static let workbookKinds = ["xlsx", "xls"]

    /// Loads the instance in `file` (an upload stored by the server): a zip is extracted into `folder`; a
    /// workbook is kept beside it as `instance.xlsx` (or `.xls`), which the solver reads as it is.
    /// Throws every problem at once, each naming its file or sheet, row and column.
    static func load(storedFile file: URL, into folder: URL, language: Language) throws(UploadRejection) -> LoadedInstance {
        switch file.pathExtension {
        case "zip":
            try InstanceArchive.extract(zip: file, to: folder, language: language)
        case let kind where workbookKinds.contains(kind):
            let workbook = folder.deletingLastPathComponent().appendingPathComponent("instance.\(kind)")
            do {
                try FileManager.default.copyItem(at: file, to: workbook)
                return try InstanceLoader.load(path: workbook.path)
            } catch let error as InstanceLoadError {
                throw UploadRejection(issues: error.issues.filter { $0.severity == .error }.map { UploadIssue($0, language: language) })
            } catch {
                throw UploadRejection(issues: [UploadIssue(file: file.lastPathComponent, message: String(describing: error))])
            }
        default:
            throw UploadRejection(issues: [UploadIssue(file: file.lastPathComponent, message: language.pick(
                "不支持的文件类型（可用：\(kinds.joined(separator: "、"))）",
                "unsupported file kind (accepted: \(kinds.joined(separator: ", ")))"))])
        }
        do {
            return try InstanceLoader.load(directory: folder.path)
        } catch {
            throw UploadRejection(issues: error.issues.filter { $0.severity == .error }.map { UploadIssue($0, language: language) })
        }
    }

    /// The kind of an upload from its first bytes (`FileContent`): an .xls is a compound file, including an
    /// .xlsx with a password to open, which the loader then names as such; a zip (and an xlsx, itself a zip)
    /// is an xlsx when its directory holds `xl/workbook.xml` (or another office file's main part, `FileContent.officeZipEntries`).
    static func kind(ofUpload data: Data, contentType: String?) -> String? {
        switch FileContent.of(head: data.prefix(FileContent.sniffedBytes)) {
        case .compoundFile, .encrypted:
            return "xls"
        case .zipArchive:
            if let contentType, contentType.contains("spreadsheetml") { return "xlsx" }
            // Word, PowerPoint and OpenDocument files go to the workbook reader too, which names them. A zip
            // without its end record is left to the folder reader, which calls it damaged.
            guard ZipEnd.isPresent(in: data), let archive = try? Archive(data: data, accessMode: .read) else { return "zip" }
            return FileContent.officeZipEntries.contains { archive[$0] != nil } ? "xlsx" : "zip"
        case .disguised, .empty, .unknown:
            return nil
        }
    }

    /// Why an upload of no known kind is refused: a web page or an XML spreadsheet that a system "exported to
    /// Excel" is named for what it is, anything else is not a workbook or zip.
    static func unknownKind(ofUpload data: Data, language: Language) -> UploadIssue {
        switch FileContent.of(head: data.prefix(FileContent.sniffedBytes)) {
        case .disguised(let format) where format != .text:
            var issue = InstanceIssue(file: "upload", kind: .unreadableWorkbook(.disguised(format)))
            issue.inWorkbook = true
            return UploadIssue(issue, language: language)
        default:
            return UploadIssue(file: "upload", message: language.pick(
                "上传的不是工作簿（.xlsx、.xls）或 zip 文件（实例文件夹的压缩包）",
                "the upload is not a workbook (.xlsx, .xls) or a zip file (of an instance folder)"))
        }
    }
}
