import Foundation
import TrainPlanCore

/// The instance workbook `trainplan template` writes: a 说明 sheet, then every instance sheet with Chinese
/// headers, a note on each header, drop-downs for fixed values, frozen header rows and set widths.
public struct TemplateWorkbook {
    let content: InstanceWorkbookContent

    public init(content: InstanceWorkbookContent) { self.content = content }

    /// Writes the workbook at `path` (replacing a file there).
    public func write(to path: String) throws {
        var sheets = [TemplateSheet(name: "说明", columns: [], rows: Self.instructions.map { [.text($0)] },
                                    isNotes: true)]
        for table in content.tables {
            let columns = table.columns.map { spec in
                TemplateSheet.Column(header: spec.aliases.first ?? spec.name,
                                     note: TemplateColumnNotes.note(table.sheet, spec),
                                     width: TemplateColumnNotes.width(spec.name),
                                     choices: TemplateColumnNotes.choices(table.sheet, spec.name))
            }
            let rows = table.rows.map { row in
                row.map { value -> ReportSheet.Cell in
                    switch value {
                    case .text(let text): .text(text)
                    case .number(let number): .number(number)
                    case .empty: .empty
                    }
                }
            }
            sheets.append(TemplateSheet(name: table.sheet.chineseName, columns: columns, rows: rows))
        }
        try XLSXCalls(title: "trainplan 实例", created: 0).writeTemplate(sheets, to: path)
    }

    static let instructions = [
        "trainplan 实例工作簿：填好后运行  trainplan solve 本文件.xlsx --out 方案",
        "",
        "使用步骤",
        "1. 在“设置”表填写计划期开始和结束日期（calendar.start、calendar.end，格式 2026-09-01），其余设置可保留默认值。",
        "2. 在“日历”表列出假期、调休上班日和禁训日期（可空）。",
        "3. 在“学校”“教师”“培训点”“培训项目”表各填一行一条记录（必填）；“名额”“距离”“培训团队”表可空。",
        "4. 第一行是表头，请勿修改；把鼠标停在表头上可看到该列的含义和取值。带下拉箭头的列请从列表中选择。",
        "5. 可从省培训平台导出的表格中复制粘贴；工号、学校编号可以是数字。日期可以是日期格式的单元格，也可以是文本 2026-09-01。",
        "6. 多个值用分号分隔，如 小学;初中 或 2026-10-01..2026-10-07;2026-11-11。",
        "7. 保存后运行  trainplan validate 本文件.xlsx  检查：每个问题都会指出工作表和单元格，如 教师!D17。",
        "8. 检查通过后运行  trainplan solve 本文件.xlsx --out 方案  得到分班方案，再用 trainplan report 生成通知和报表。",
        "",
        "工作表名和表头也可以用英文（settings、teachers、id、stage 等），与 CSV 实例文件夹相同。",
        "本表（说明）在读取时忽略。",
    ]
}

/// One sheet of the template: a header row with notes and drop-downs below it, and data rows.
struct TemplateSheet {
    struct Column {
        let header: String
        let note: String
        let width: Double
        let choices: TemplateColumnNotes.Choices?
    }

    let name: String
    let columns: [Column]
    let rows: [[ReportSheet.Cell]]
    /// A sheet of text lines without a header (说明).
    var isNotes = false
}
