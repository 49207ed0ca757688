import Foundation
import TrainPlanCore

/// The `valid` fixture folder as a workbook of text cells (Chinese sheet names), so a test can change one cell
/// and check the message names it.
enum ValidWorkbook {
    static let settings: [[String]] = [
        ["键", "值", "说明"],
        ["name", "示例县 2026 秋季", "名称"],
        ["calendar.start", "2026-09-01"],
        ["calendar.end", "2026-10-31"],
        ["defaults.weekly_periods", "12"],
        ["defaults.road_factor", "1.25"],
        ["weights.km", "2"],
    ]
    static let calendar: [[String]] = [
        ["类型", "日期", "学段"],
        ["假期", "2026-10-01..2026-10-07"],
        ["调休上班", "2026-09-27;2026-10-03;2026-10-10"],
        ["禁训", "2026-10-26..2026-10-30", "初中"],
        ["blackout", "2026-09-10"],
    ]
    static let teams: [[String]] = [["团队", "数量"], ["songjiao", "2"], ["alpha", "1"]]

    static let tables: [(file: String, sheet: String)] = [
        ("schools.csv", "学校"), ("teachers.csv", "教师"), ("sites.csv", "培训点"), ("programs.csv", "培训项目"),
        ("quotas.csv", "名额"), ("distances.csv", "距离"),
    ]

    /// Every sheet's rows, by sheet name in workbook order.
    static func sheets(_ scratch: ScratchInstance = ScratchInstance()) -> [(name: String, rows: [[String]])] {
        var sheets: [(String, [[String]])] = [("设置", settings), ("日历", calendar), ("培训团队", teams)]
        for (file, sheet) in tables {
            let table = try! CSVTable(parsing: scratch.text(file))
            sheets.append((sheet, [table.header] + table.rows.map(\.cells)))
        }
        return sheets
    }

    static func workbook(_ change: (inout [(name: String, rows: [[String]])]) -> Void = { _ in }) -> MiniWorkbook {
        var sheets = sheets()
        change(&sheets)
        var workbook = MiniWorkbook()
        for sheet in sheets { workbook.addTextSheet(sheet.name, sheet.rows) }
        return workbook
    }

    static func load(_ workbook: MiniWorkbook) throws(InstanceLoadError) -> LoadedInstance {
        let path = workbook.write()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        return try InstanceLoader.load(path: path)
    }
}
