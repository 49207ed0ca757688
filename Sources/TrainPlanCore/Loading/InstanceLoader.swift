import Foundation
import SheetFiles

/// Loads an instance folder (SPEC "Instance: a folder") or workbook (SPEC "Instance: a workbook") and
/// validates it, reporting every problem at once.
public enum InstanceLoader {
    /// Reads and checks the instance at `path`: a folder when it is one (whatever its name: `甲县.xlsx/`, which
    /// `solve --out` may have made, hung the zip reader), a workbook when it is a file (.xlsx, .xls).
    /// - Throws: `InstanceLoadError` with every error and warning when any error is found.
    public static func load(path: String) throws(InstanceLoadError) -> LoadedInstance {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue { return try load(directory: path) }
        if SpreadsheetFile.format(ofPath: path) != nil || exists {
            return try WorkbookLoader.load(path: path)
        }
        return try load(directory: path)
    }

    /// Reads and checks the folder at `directory`.
    /// - Throws: `InstanceLoadError` with every error and warning when any error is found.
    public static func load(directory: String) throws(InstanceLoadError) -> LoadedInstance {
        var log = IssueLog()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            log.add(isFolder.boolValue || !FileManager.default.fileExists(atPath: directory) ? .missingFolder : .notAFolder,
                    file: directory)
            throw InstanceLoadError(issues: log.issues)
        }
        var textByFile: [InstanceFile: String] = [:]
        for file in InstanceFile.allCases {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                if let problem = whyUnreadable(path) {
                    log.add(problem, file: file.name)
                } else if file.isRequired {
                    log.add(.missingFile, file: file.name)
                }
                continue
            }
            if let text = TextDecoding.decode([UInt8](data)) {
                textByFile[file] = text
            } else {
                log.add(.undecodableText, file: file.name, row: TextDecoding.firstUndecodableLine([UInt8](data)))
            }
        }

        let settings = textByFile[.settings].map { SettingsReader.read($0, &log) } ?? Settings()
        return try InstanceAssembly.assemble(
            settings: settings, defaultName: URL(fileURLWithPath: directory).lastPathComponent, log: &log
        ) { file, log in
            textByFile[file].flatMap { Sheet(file: file, text: $0, log: &log) }
        }
    }

    /// Why a file that could not be read was not read; nil when it is simply absent.
    static func whyUnreadable(_ path: String) -> InstanceIssue.Kind? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            return isFolder.boolValue ? .notAFile : .unreadableFile
        }
        return (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil ? .brokenLink : nil
    }
}
