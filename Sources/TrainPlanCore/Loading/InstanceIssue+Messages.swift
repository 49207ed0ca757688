// Every text an instance issue shows, in Simplified Chinese and English: sentence case, bad values quoted,
// and what was expected in brackets.

extension InstanceIssue {
    /// The full message: where, what is wrong, what was expected.
    /// en: `teachers.csv row 14, column "school": unknown school "S099" (expected an id from schools.csv)`
    /// In a workbook: `教师!D17 "学段" 列：…`, and the names of the folder's files become the sheets' names.
    public func message(_ language: Language) -> String {
        let text = problem(language)
        guard inWorkbook else { return location(language) + language.pick("：", ": ") + text }
        return workbookLocation(language) + language.pick("：", ": ") + WorkbookWording.sheetsForFiles(text, language)
    }

    private var isSettingsFile: Bool { file.hasSuffix(".toml") }

    /// "日期 "2026-09-31" 不存在（2026 年 9 月只有 30 天）": also the changes file's wording.
    static func noSuchDayText(_ value: String, _ language: Language) -> String {
        let reason = PlanDate.missingDay(value).map { missing in
            missing.daysInMonth.map { ("\(missing.year) 年 \(missing.month) 月只有 \($0) 天", "\(missing.year)-\(String(format: "%02d", missing.month)) has \($0) days") }
                ?? ("月份应为 1 到 12", "months run from 1 to 12")
        } ?? ("", "")
        return language.pick("日期 \"\(Echo.value(value))\" 不存在（\(reason.0)）", "date \"\(Echo.value(value))\" does not exist (\(reason.1))")
    }

    private func workbookLocation(_ language: Language) -> String {
        switch (row, column, cell) {
        case (_, let column?, let cell?):
            return language.pick("\(file)!\(cell) \"\(column)\" 列", "\(file)!\(cell), column \"\(column)\"")
        case (let row?, let column?, nil):
            return language.pick("工作表 \(file) 第 \(row) 行 \"\(column)\" 列",
                                 "sheet \(file) row \(row), column \"\(column)\"")
        case (let row?, nil, _):
            return language.pick("工作表 \(file) 第 \(row) 行", "sheet \(file) row \(row)")
        case (nil, let column?, _):
            return language.pick("工作表 \(file) 的 \"\(column)\" 键", "sheet \(file), key \"\(column)\"")
        case (nil, nil, _):
            switch kind {
            case .unreadableWorkbook, .missingSheet, .xlsCellsUnread: return file
            default: return language.pick("工作表 \(file)", "sheet \(file)")
            }
        }
    }

    private func location(_ language: Language) -> String {
        // A scenario's or an instance folder's path is the user's: shown short and without control characters.
        let file = Echo.value(self.file)
        switch (row, column) {
        case (nil, nil):
            return file
        case (let row?, nil):
            return language.pick("\(file) 第 \(row) 行", "\(file) row \(row)")
        case (nil, let column?):
            return isSettingsFile
                ? language.pick("\(file) 的 \"\(Echo.value(column))\" 键", "\(file), key \"\(Echo.value(column))\"")
                : language.pick("\(file) 的 \"\(Echo.value(column))\" 列", "\(file), column \"\(Echo.value(column))\"")
        case (let row?, let column?):
            return language.pick("\(file) 第 \(row) 行 \"\(Echo.value(column))\" 列", "\(file) row \(row), column \"\(Echo.value(column))\"")
        }
    }

    private func problem(_ language: Language) -> String {
        let zh: String
        let en: String
        switch kind {
        case .missingFile:
            zh = "缺少必需的文件（应放在实例文件夹中）"
            en = "required file is missing (expected it in the instance folder)"
        case .noSuchFile:
            zh = "文件不存在（请检查路径）"
            en = "no such file (check the path)"
        case .notAFile:
            zh = "这是一个文件夹，不是文件（应为同名的文件）"
            en = "this is a folder, not a file (expected a file of this name)"
        case .unreadableFile:
            zh = "文件无法读取（没有读取权限？）"
            en = "the file cannot be read (no permission to read it?)"
        case .brokenLink:
            zh = "符号链接无效（指向不存在的文件或形成循环）"
            en = "a symbolic link that leads nowhere (its target is missing, or the links form a loop)"
        case .missingFolder:
            zh = "实例文件夹不存在（请检查路径）"
            en = "the instance folder does not exist (check the path)"
        case .notAFolder:
            zh = "这是一个文件，不是实例文件夹（应为包含 instance.toml 等文件的文件夹）"
            en = "this is a file, not an instance folder (expected a folder holding instance.toml and the CSV files)"
        case .emptyFile:
            zh = "没有数据行（表头下应至少有一行）"
            en = "no data rows (expected at least one row below the header)"
        case .undecodableText:
            zh = "文本既不是 UTF-8 也不是 GB18030 编码（应保存为 UTF-8 或 GB18030）"
            en = "text is neither UTF-8 nor GB18030 (expected a file saved as UTF-8 or GB18030)"
        case .unterminatedQuote:
            zh = "带引号的单元格没有结束（缺少右引号 \"）"
            en = "a quoted cell is never closed (expected a closing \")"
        case .malformedTOML(let reason):
            // The parser's own sentence is English; the planner reads first what is wrong and where.
            zh = "不符合 TOML 语法（应为 键 = 值 或 [节名]；解析器原文：\(Echo.value(reason))）"
            en = "not valid TOML: \(Echo.value(reason)) (expected TOML syntax)"
        case .missingColumn(let aliases):
            zh = "缺少必需的列（表头应为 \(quotedAlternatives(aliases, .zh))）"
            en = "required column is missing (expected a header \(quotedAlternatives(aliases, .en)))"
        case .unknownColumn(let known):
            zh = "未知的列，已忽略（应为以下之一：\(known.joined(separator: "、"))）"
            en = "unknown column, ignored (expected one of: \(known.joined(separator: ", ")))"
        case .annotatedDuplicate(let exactHeader):
            zh = "看作 \"\(Echo.value(exactHeader))\" 列加了注释，但已有 \"\(Echo.value(exactHeader))\" 列，本列已忽略（同一列只应有一个）"
            en = "read as an annotated \"\(Echo.value(exactHeader))\" column, but \"\(Echo.value(exactHeader))\" is already given; ignored (expected the column once)"
        case .duplicateColumn(let firstHeader, let column):
            zh = "该列重复：与 \"\(Echo.value(firstHeader))\" 列都读作 \(column) 列（同一列只应有一个：应把其中一列改名或删除）"
            en = "column given twice: both it and \"\(Echo.value(firstHeader))\" read as \(column) (expected once; rename or remove one of them)"
        case .wrongCellCount(let found, let expected):
            zh = "该行有 \(found) 个单元格（应为 \(expected) 个，与表头一致）"
            en = "row has \(found) cells (expected \(expected), one per header)"
        case .missingKey(let expected):
            zh = "缺少必需的键（应为\(expected.phrase(.zh))）"
            en = "required key is missing (expected \(expected.phrase(.en)))"
        case .unknownKey(let known):
            zh = "未知的键，已忽略（应为以下之一：\(known.joined(separator: "、"))）"
            en = "unknown key, ignored (expected one of: \(known.joined(separator: ", ")))"
        case .wrongType(let found, let expected):
            zh = "值的类型为\(tomlTypeName(found, .zh))（应为\(expected.phrase(.zh))）"
            en = "value of type \(tomlTypeName(found, .en)) (expected \(expected.phrase(.en)))"
        case .missingValue(let expected):
            zh = "单元格为空（应为\(expected.phrase(.zh))）"
            en = "empty cell (expected \(expected.phrase(.en)))"
        case .badValue(let value, let expected):
            zh = "无效的值 \"\(Echo.value(value))\"（应为\(expected.phrase(.zh))）"
            en = "bad value \"\(Echo.value(value))\" (expected \(expected.phrase(.en)))"
        case .unknownChoice(let value, let choices):
            zh = "未知的取值 \"\(Echo.value(value))\"（应为以下之一：\(choices.joined(separator: "、"))）"
            en = "unknown value \"\(Echo.value(value))\" (expected one of: \(choices.joined(separator: ", ")))"
        case .badDateRange(let value):
            zh = "日期范围 \"\(Echo.value(value))\" 的结束早于开始（应为 A..B 且 A 不晚于 B）"
            en = "date range \"\(Echo.value(value))\" ends before it starts (expected A..B with A ≤ B)"
        case .noSuchDay(let value):
            (zh, en) = (Self.noSuchDayText(value, .zh), Self.noSuchDayText(value, .en))
        case .belowMinimum(let value, let minimum):
            zh = "\"\(Echo.value(value))\" 太小（应不小于 \(number(minimum))）"
            en = "\"\(Echo.value(value))\" is too small (expected at least \(number(minimum)))"
        case .outOfRange(let value, let lower, let upper):
            zh = "\"\(Echo.value(value))\" 超出范围（应在 \(number(lower)) 到 \(number(upper)) 之间）"
            en = "\"\(Echo.value(value))\" is out of range (expected a number from \(number(lower)) to \(number(upper)))"
        case .aboveMaximum(let value, let maximum):
            zh = "\"\(Echo.value(value))\" 太大（应不大于 \(number(maximum))）"
            en = "\"\(Echo.value(value))\" is too large (expected at most \(number(maximum)))"
        case .controlCharacter(let value):
            zh = "\"\(Echo.value(value))\" 含有控制字符（编号中不能有控制字符）"
            en = "\"\(Echo.value(value))\" holds a control character (expected none in an id)"
        case .idTooLong(let value, let limit):
            zh = "编号 \"\(Echo.value(value))\" 太长（应不超过 \(limit) 个字符）"
            en = "id \"\(Echo.value(value))\" is too long (expected at most \(limit) characters)"
        case .duplicate(let value, let firstRow):
            zh = "\"\(Echo.value(value))\" 重复出现（应只出现一次；首次在第 \(firstRow) 行）"
            en = "\"\(Echo.value(value))\" is given twice (expected once; first on row \(firstRow))"
        case .lookAlikeID(let value, let earlier, let firstRow):
            zh = "编号 \"\(Echo.value(value))\" 与第 \(firstRow) 行的 \"\(Echo.value(earlier))\" 只差大小写、空格或全角半角等写法，按两个不同的编号读取（如是同一个，请统一写法）"
            en = "id \"\(Echo.value(value))\" differs from \"\(Echo.value(earlier))\" on row \(firstRow) only in case, spaces or in how characters are written, "
                + "and is read as another id (write them alike if they are the same)"
        case .unknownReference(let value, let target, let similar):
            let (unknown, unknownEnglish) = unknownReference(value, target)
            zh = unknown + LookAlikeIDs.hint(similar, .zh)
            en = unknownEnglish + LookAlikeIDs.hint(similar, .en)
        case .endBeforeStart(let start, let end):
            zh = "计划期结束日期 \(end) 早于开始日期 \(start)（结束日期应不早于开始日期）"
            en = "horizon ends on \(end), before it starts on \(start) (expected end ≥ start)"
        case .horizonTooLong(let days, let limit):
            zh = "计划期长达 \(days) 天（应不超过 \(limit) 天）"
            en = "the horizon spans \(days) days (expected at most \(limit))"
        case .outsideHorizon(let value, let horizon):
            zh = "\"\(Echo.value(value))\" 完全在计划期 \(horizon) 之外（应至少部分落在计划期内）"
            en = "\"\(Echo.value(value))\" lies entirely outside the horizon \(horizon) (expected some dates inside it)"
        case .minAboveMax(let min, let max, let maxColumn):
            zh = "下限 \(min) 大于 \"\(maxColumn)\" 的 \(max)（应不大于 \(max)）"
            en = "minimum \(min) exceeds \"\(maxColumn)\" \(max) (expected at most \(max))"
        case .daysForMode(let days, let mode) where mode == .online:
            zh = "网络研修项目的每次天数为 \(days)（应为 0）"
            en = "online programme with \(days) days per session (expected 0)"
        case .daysForMode(let days, let mode):
            zh = "\(mode.chineseName)项目的每次天数为 \(days)（应至少为 1）"
            en = "\(mode.rawValue) programme with \(days) days per session (expected at least 1)"
        case .noSiteForMode(let mode):
            let kinds = mode.defaultSiteKinds.sorted { $0.rawValue < $1.rawValue }
            zh = "没有可用于\(mode.chineseName)项目的培训点（sites.csv 中应有类型为"
                + "\(kinds.map(\.chineseName).joined(separator: "或"))的培训点，或列出允许的培训点）"
            en = "no site for a \(mode.rawValue) programme (expected a site of kind "
                + "\(kinds.map(\.rawValue).joined(separator: " or ")) in sites.csv, or a list of allowed sites)"
        case .tagWithSeparator(let tag):
            zh = "标签“\(Echo.value(tag))”中有逗号、斜杠或空格，按一个标签读入；多个标签请用分号（;）或顿号（、）分隔"
            en = "tag \"\(Echo.value(tag))\" holds a comma, slash or space and is read as one tag; separate several tags with \";\" or \"、\""
        case .digitsLost(let digits):
            zh = "数字 \(digits) 超过 15 位，Excel 只保存前 15 位，末几位已经丢失（如身份证号）：请把这一列设为文本后重新输入"
            en = "the number \(digits) has more than 15 digits and Excel kept only 15 (an id card number?): "
                + "format the column as text and type it again"
        case .noDistrictForHomeDistrict:
            zh = "本学区项目的培训点都没有服务学区，无人可以参加（应在 sites.csv 中填写服务学区）"
            en = "home-district programme whose sites have no district, so nobody can join "
                + "(expected a district for its sites in sites.csv)"
        case .missingCoordinates:
            zh = "缺少坐标（除网络培训点外应填写纬度和经度）"
            en = "coordinates are missing (expected lat and lon, except for online sites)"
        case .coordinatesOnOnlineSite:
            zh = "网络培训点填写了坐标，已忽略（网络培训点不需要坐标）"
            en = "online site with coordinates, ignored (expected none)"
        case .unreadableWorkbook(let fault):
            (zh, en) = WorkbookWording.fault(fault)
        case .missingSheet(let names):
            zh = "缺少必需的工作表（应有名为 \(quotedAlternatives(names, .zh)) 的工作表）"
            en = "required sheet is missing (expected a sheet named \(quotedAlternatives(names, .en)))"
        case .unknownSheet(let known):
            zh = "未知的工作表，已忽略（应为以下之一：\(known.joined(separator: "、"))）"
            en = "unknown sheet, ignored (expected one of: \(known.joined(separator: ", ")))"
        case .hiddenRows(let rows):
            let listed = rows.prefix(5).map(String.init)
            let more = rows.count > 5
            zh = "第 \(listed.joined(separator: "、")) 行\(more ? "等 \(rows.count) 行" : "")在 Excel 中已隐藏或被筛选掉，仍照常读取（不应参与规划的行请删除，而不是隐藏）"
            en = "row\(rows.count > 1 ? "s" : "") \(listed.joined(separator: ", "))\(more ? " and \(rows.count - 5) more" : "") "
                + "\(rows.count > 1 ? "are" : "is") hidden or filtered out in Excel and read all the same (delete rows that should not be planned; hiding does not leave them out)"
        case .duplicateSheet(let firstName):
            zh = "与工作表 \"\(firstName)\" 重复（每类数据只应有一个工作表）"
            en = "same table as sheet \"\(firstName)\" (expected one sheet per table)"
        case .formulaWithoutValue(let formula):
            zh = "公式 =\(formula) 没有保存计算结果（应在 Excel 或 WPS 中打开并保存一次，或直接填写值）"
            en = "formula =\(formula) has no saved result (expected the file saved once by Excel or WPS, or a value)"
        case .missingSharedString:
            zh = "单元格指向工作簿中不存在的共享文本（文件已损坏；应在 Excel 或 WPS 中打开、改正此单元格并重新保存）"
            en = "cell points to a shared string the workbook does not have (a damaged file; expected the cell fixed and the file saved again by Excel or WPS)"
        case .errorValue(let value):
            zh = "单元格是错误值 \(value)（应为一个值，请修正公式）"
            en = "cell holds the error \(value) (expected a value; fix the formula)"
        case .xlsCellsUnread:
            zh = "这是 .xls 文件：公式单元格和逻辑值（TRUE/FALSE）单元格无法读取，会当作空单元格（如有这类单元格，请另存为 .xlsx）"
            en = "an .xls file: formula cells and logical (TRUE/FALSE) cells cannot be read and count as empty "
                + "(if it has any, save it as .xlsx)"
        }
        return language.pick(zh, en)
    }

    private func unknownReference(_ value: String, _ target: Reference) -> (zh: String, en: String) {
        switch target {
        case .school:
            ("未知学校 \"\(Echo.value(value))\"（应为 schools.csv 中的编号）", "unknown school \"\(Echo.value(value))\" (expected an id from schools.csv)")
        case .site:
            ("未知培训点 \"\(Echo.value(value))\"（应为 sites.csv 中的编号）", "unknown site \"\(Echo.value(value))\" (expected an id from sites.csv)")
        case .programme:
            ("未知项目 \"\(Echo.value(value))\"（应为 programs.csv 中的编号）",
             "unknown programme \"\(Echo.value(value))\" (expected an id from programs.csv)")
        case .team:
            ("未知培训团队 \"\(Echo.value(value))\"（应为 instance.toml 的 [teams] 中声明的团队）",
             "unknown team \"\(Echo.value(value))\" (expected a team declared in [teams] of instance.toml)")
        case .district:
            ("未知学区 \"\(Echo.value(value))\"（应为 schools.csv 中出现的学区）",
             "unknown district \"\(Echo.value(value))\" (expected a district named in schools.csv)")
        }
    }

    private func quotedAlternatives(_ names: [String], _ language: Language) -> String {
        names.map { "\"\($0)\"" }.joined(separator: language.pick(" 或 ", " or "))
    }

    /// Whole numbers without a decimal point, so bounds read "at least 1", not "at least 1.0".
    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A TOML value's type as TOMLKit names it ("floating-point number", …), in the planner's language.
private func tomlTypeName(_ found: String, _ language: Language) -> String {
    let chinese = [
        "integer": "整数", "floating-point number": "小数", "string": "文本", "bool": "布尔值",
        "date": "日期", "time": "时间", "date-time": "日期时间", "table": "表", "array": "数组",
    ]
    return language == .zh ? chinese[found] ?? Echo.value(found) : Echo.value(found)
}

extension InstanceIssue.ValueType {
    fileprivate func phrase(_ language: Language) -> String {
        switch self {
        case .integer: language.pick("整数", "a whole number")
        case .number: language.pick("数字", "a number")
        case .boolean: language.pick("是/否、true/false、yes/no 或 1/0", "true/false, yes/no, 1/0 or 是/否")
        case .date: language.pick("日期 YYYY-MM-DD", "a date YYYY-MM-DD")
        case .dateList:
            language.pick("日期（如 2026-10-12、2026/10/12）或日期范围（如 2026-10-12..2026-10-16、2026/10/12至2026/10/16），多个时以 ; 分隔",
                          "dates (such as 2026-10-12 or 2026/10/12) or ranges (such as 2026-10-12..2026-10-16), several separated by ;")
        case .text: language.pick("文本", "text")
        case .textList: language.pick("文本列表", "a list of texts")
        case .table: language.pick("表", "a table")
        case .quotaMinimum: language.pick("整数或 all", "a whole number or all")
        }
    }
}
