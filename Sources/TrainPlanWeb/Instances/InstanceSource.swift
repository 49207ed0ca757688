import Foundation
import TrainPlanCore

/// Turns an uploaded file into an instance folder the solver can read. This is the one place that knows the
/// upload kinds: a new kind (a workbook, once its loader is on main) is one more case here.
enum InstanceSource {
    /// Upload kinds by file extension.
    static let kinds = ["zip"]

    /// Loads the instance in `file` (an upload stored by the server) into `folder`, an instance folder.
    /// Throws every problem at once, each naming its file or sheet, row and column.
    static func load(storedFile file: URL, into folder: URL, language: Language) throws(UploadRejection) -> LoadedInstance {
        switch file.pathExtension {
        case "zip":
            try InstanceArchive.extract(zip: file, to: folder, language: language)
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

    /// The kind of an upload from its first bytes: a zip (and an xlsx, itself a zip) starts with `PK`.
    static func kind(ofUpload data: Data, contentType: String?) -> String? {
        guard data.starts(with: [0x50, 0x4B]) else { return nil }
        if let contentType, contentType.contains("spreadsheetml") { return "xlsx" }
        return "zip"
    }
}
