import Foundation
import TrainPlanCore

/// Writes every human-facing output of a plan into one folder, atomically (a temporary sibling folder
/// that replaces the destination, as plan folders are written):
///
///     report.html                      KPIs, quotas, Gantt, heatmap, map
///     workbook.xlsx                    班次, 名单, 各校通知, 名额落实, 工学矛盾, 学时
///     csv/*.csv                        CSV copies of the sheets (UTF-8 with BOM)
///     ledger.csv, ledger-schools.csv   学时 ledger per teacher and per school
///     notices/<school>.html            printable notice per school
///     calendars/<school>.ics           every session of the school's teachers
///     calendars/teachers/<teacher>.ics each trained teacher's sessions
///
/// The same plan and language give the same bytes.
public struct ReportWriter {
    public let context: ReportContext

    public init(instance: Instance, plan: Plan, summary: PlanSummary?, language: Language) {
        context = ReportContext(instance: instance, plan: plan, summary: summary, language: language)
    }

    public func write(to directory: String) throws {
        try OutputFolder(directory, kind: .report).replace(with: try files())
    }

    /// Every output file by its path inside the report folder.
    public func files() throws -> [String: Data] {
        var files: [String: Data] = ["report.html": Data(HTMLReport(context: context).render().utf8)]
        let sheets = WorkbookSheets(context: context)
        files["workbook.xlsx"] = try workbook(sheets.all)
        for sheet in [sheets.cohorts(), sheets.roster(), sheets.notices(), sheets.quotas(), sheets.workStudy()] {
            files["csv/\(sheet.fileStem).csv"] = sheet.csv()
        }
        files["ledger.csv"] = sheets.hoursByTeacher().csv()
        files["ledger-schools.csv"] = sheets.hoursBySchool().csv()

        let calendars = CalendarExport(context: context)
        var schoolNames = SafeFileNames()
        for school in context.schoolsWithAssignments {
            let name = schoolNames.name(for: context.instance.schools[school].id)
            files["notices/\(name).html"] = Data(SchoolNoticePage(context: context).render(school: school).utf8)
            files["calendars/\(name).ics"] = Data(calendars.school(school).utf8)
        }
        var teacherNames = SafeFileNames()
        for teacher in Set(context.assignments.map(\.teacher)).sorted() {
            let name = teacherNames.name(for: context.instance.teachers[teacher].id)
            files["calendars/teachers/\(name).ics"] = Data(calendars.teacher(teacher).utf8)
        }
        return files
    }

    /// libxlsxwriter writes to a path: a private temporary file, read back and removed.
    private func workbook(_ sheets: [ReportSheet]) throws -> Data {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("trainplan-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let title = context.language.pick("培训计划", "Training plan") + " · " + context.instance.name
        // Seconds since 1970 of the horizon's first day: a creation time that depends on the plan only.
        let created = time_t(context.instance.calendar.start.ordinal * 86_400)
        try XLSXCalls(title: title, created: created).write(sheets, to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}

/// File names from instance ids. Letters, digits, '-' and '_' stay; any other character becomes `~HEX~` (its
/// code point), so `a/b` is `a~2F~b` and never takes `a_b`'s name, and no id can escape the folder. A name
/// too long for the file system is cut and numbered; a name already given gets a numbered suffix.
struct SafeFileNames {
    /// Bytes of a name, well below the usual 255-byte limit.
    static let longestName = 200
    private var used = Set<String>()

    mutating func name(for id: String) -> String {
        var base = ""
        for character in id {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                base.append(character)
            } else {
                base += character.unicodeScalars.map { "~\(String($0.value, radix: 16, uppercase: true))~" }.joined()
            }
        }
        if base.isEmpty { base = "~" }
        while base.utf8.count > Self.longestName { base.removeLast() }
        var name = base
        var copy = 1
        while !used.insert(name).inserted {
            copy += 1
            name = "\(base)~\(copy)"
        }
        return name
    }
}
