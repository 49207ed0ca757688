import Foundation
import SheetFiles
import TrainPlanCore

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

    /// The kind of an upload from its first bytes: an .xls is an OLE2 file (`D0 CF 11 E0`); a zip (and an
    /// xlsx, itself a zip) starts with `PK`, and an xlsx names its `xl/workbook.xml` part.
    static func kind(ofUpload data: Data, contentType: String?) -> String? {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "xls" }
        guard data.starts(with: [0x50, 0x4B]) else { return nil }
        if let contentType, contentType.contains("spreadsheetml") { return "xlsx" }
        return data.range(of: Data("xl/workbook.xml".utf8)) != nil ? "xlsx" : "zip"
    }

    /// Why an upload of no known kind is refused: a web page or an XML spreadsheet that a system "exported to
    /// Excel" is named for what it is, anything else is not a workbook or zip.
    static func unknownKind(ofUpload data: Data, language: Language) -> UploadIssue {
        let content = FileContent.of(head: data.prefix(FileContent.sniffedBytes))
        guard content == .webPage || content == .xmlSpreadsheet else {
            return UploadIssue(file: "upload", message: language.pick(
                "上传的不是工作簿（.xlsx、.xls）或 zip 文件（实例文件夹的压缩包）",
                "the upload is not a workbook (.xlsx, .xls) or a zip file (of an instance folder)"))
        }
        var issue = InstanceIssue(file: "upload", kind: .unreadableWorkbook(.disguised(content)))
        issue.inWorkbook = true
        return UploadIssue(issue, language: language)
    }
}
