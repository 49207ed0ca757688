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
    }

    static let cohortsFile = "cohorts.csv"
    static let assignmentsFile = "assignments.csv"
    static let summaryFile = "summary.json"

    var cohortRows: [CohortRow] = []
    var assignmentRows: [AssignmentRow] = []
    var summary: PlanSummary?
    var violations: [Violation] = []

    init(directory: String) {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        if let rows = readTable(folder, Self.cohortsFile, columns: ["cohort", "program", "site", "sessions", "size"]) {
            cohortRows = rows.map {
                CohortRow(line: $0.line, cohort: $0.values[0], programme: $0.values[1], site: $0.values[2],
                          sessions: $0.values[3], size: $0.values[4])
            }
        }
        if let rows = readTable(folder, Self.assignmentsFile, columns: ["teacher", "cohort"]) {
            assignmentRows = rows.map { AssignmentRow(line: $0.line, teacher: $0.values[0], cohort: $0.values[1]) }
        }
        summary = readSummary(folder)
    }

    /// The named columns of each row, in the order asked; nil when the file cannot be used at all.
    private mutating func readTable(_ folder: URL, _ file: String,
                                    columns: [String]) -> [(line: Int, values: [String])]? {
        guard let text = readText(folder, file, required: true) else { return nil }
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            violations.append(Violation(.unreadableFile(file: file, reason: String(describing: error))))
            return nil
        }
        var indices: [Int] = []
        for column in columns {
            guard let index = table.header.firstIndex(of: column) else {
                violations.append(Violation(.missingColumn(file: file, column: column)))
                return nil
            }
            indices.append(index)
        }
        return table.rows.map { row in
            (row.line, indices.map { $0 < row.cells.count ? row.cells[$0] : "" })
        }
    }

    private mutating func readSummary(_ folder: URL) -> PlanSummary? {
        guard let text = readText(folder, Self.summaryFile, required: false) else { return nil }
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                violations.append(Violation(.unreadableFile(file: Self.summaryFile, reason: "not a JSON object")))
                return nil
            }
            return PlanSummary(object)
        } catch {
            violations.append(Violation(.unreadableFile(file: Self.summaryFile, reason: error.localizedDescription)))
            return nil
        }
    }

    /// Its text without a BOM, UTF-8 or GB18030 (a plan re-saved by Excel on Chinese Windows), as the instance
    /// files are read; a missing optional file is silently nil.
    private mutating func readText(_ folder: URL, _ file: String, required: Bool) -> String? {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { violations.append(Violation(.missingFile(file: file))) }
            return nil
        }
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
