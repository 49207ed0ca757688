import Foundation
import TrainPlanCore

/// The files of a plan folder as written, before any rule is checked. Files that are missing or cannot
/// be read become violations; `summary.json` may be absent (a hand-written plan).
struct PlanFolder {
    struct CohortRow {
        var line: Int
        var cohort: String
        var programme: String
        var site: String
        var sessions: String
        var size: String
    }

    struct AssignmentRow {
        var line: Int
        var teacher: String
        var cohort: String
        /// The informational columns the file has (`informationalColumns`), by name.
        var written: [String: String] = [:]
    }

    /// Columns of assignments.csv that repeat the cohort's row of cohorts.csv (SPEC: more columns may follow).
    static let informationalColumns = ["program", "site", "sessions"]

    static let cohortsFile = "cohorts.csv"
    static let assignmentsFile = "assignments.csv"
    static let summaryFile = "summary.json"

    var cohortRows: [CohortRow] = []
    var assignmentRows: [AssignmentRow] = []
    var summary: PlanSummary?
    var violations: [Violation] = []

    /// Whether both CSV files were read (their rows may still be wrong).
    var tablesRead = false

    init(directory: String) {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            violations.append(Violation(.missingFolder(path: directory, isFile: FileManager.default.fileExists(atPath: directory))))
            return
        }
        var read = 0
        if let rows = readTable(folder, Self.cohortsFile, columns: ["cohort", "program", "site", "sessions", "size"]) {
            cohortRows = rows.map {
                CohortRow(line: $0.line, cohort: $0.values[0], programme: $0.values[1], site: $0.values[2],
                          sessions: $0.values[3], size: $0.values[4])
            }
            read += 1
        }
        if let rows = readTable(folder, Self.assignmentsFile, columns: ["teacher", "cohort"], optional: Self.informationalColumns) {
            assignmentRows = rows.map { row in
                let written = zip(Self.informationalColumns, row.optionalValues).compactMap { name, value in value.map { (name, $0) } }
                return AssignmentRow(line: row.line, teacher: row.values[0], cohort: row.values[1],
                                     written: Dictionary(written, uniquingKeysWith: { first, _ in first }))
            }
            read += 1
        }
        tablesRead = read == 2
        summary = readSummary(folder)
    }

    /// The named columns of each row but empty ones, in the order asked (`PlanTable`); nil when the file cannot be used at all.
    private mutating func readTable(_ folder: URL, _ file: String, columns: [String], optional: [String] = []) -> [PlanTable.Row]? {
        switch PlanTable.read(folder, file, columns: columns, optional: optional) {
        case .success(let rows):
            return rows
        case .failure(let problem):
            let found: [Violation] = switch problem {
            case .missingFile: [Violation(.missingFile(file: file))]
            case .undecodable(let line): [Violation(.undecodableFile(file: file, line: line))]
            case .unterminatedQuote(let line): [Violation(.unterminatedQuote(file: file, line: line))]
            case .unreadable(let reason): [Violation(.unreadableFile(file: file, reason: reason))]
            case .missingColumns(let missing): missing.map { Violation(.missingColumn(file: file, column: $0)) }
            }
            violations += found
            return nil
        }
    }

    private mutating func readSummary(_ folder: URL) -> PlanSummary? {
        guard let text = readText(folder, Self.summaryFile) else { return nil }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            violations.append(Violation(.summaryNotAnObject))
            return nil
        }
        return PlanSummary(object)
    }

    /// summary.json's text without a BOM, UTF-8 or GB18030, as the plan's CSV files are read; nil when it is
    /// absent (it is optional).
    private mutating func readText(_ folder: URL, _ file: String) -> String? {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let bytes = [UInt8](try Data(contentsOf: url))
            guard let text = TextDecoding.decode(bytes) else {
                violations.append(Violation(.undecodableFile(file: file, line: TextDecoding.firstUndecodableLine(bytes))))
                return nil
            }
            return text
        } catch {
            violations.append(Violation(.unreadableFile(file: file, reason: error.localizedDescription)))
            return nil
        }
    }
}
