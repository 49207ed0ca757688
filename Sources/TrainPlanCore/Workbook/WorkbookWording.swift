/// Workbook forms of the loader's wording.
enum WorkbookWording {
    /// A folder's file names in a message (`expected an id from schools.csv`) become the sheets that hold the
    /// same table in a workbook.
    static func sheetsForFiles(_ text: String, _ language: Language) -> String {
        var result = text
        let teams = language.pick("instance.toml 的 [teams] 中声明的团队", "a team declared in [teams] of instance.toml")
        result = result.replacingOccurrences(
            of: teams, with: language.pick("培训团队表中的团队", "a team in the teams sheet"))
        for sheet in WorkbookSheet.allCases {
            guard let file = sheet.file else { continue }
            // Chinese sets a file name apart with spaces (`应为 schools.csv 中的编号`), a sheet name not.
            if language == .zh { result = result.replacingOccurrences(of: " \(file.name) ", with: "\(sheet.chineseName)表") }
            result = result.replacingOccurrences(
                of: file.name, with: language.pick("\(sheet.chineseName)表", "the \(sheet.englishName) sheet"))
        }
        return result.replacingOccurrences(of: "instance.toml", with: language.pick("设置表", "the settings sheet"))
    }

    static func fault(_ fault: InstanceIssue.WorkbookFault) -> (zh: String, en: String) {
        switch fault {
        case .cannotOpen:
            ("无法打开文件（应为可读取的 .xlsx 或 .xls 工作簿）", "cannot open the file (expected a readable .xlsx or .xls workbook)")
        case .notAWorkbook:
            ("不是有效的 Excel 工作簿：文件不完整、已损坏或格式不明（应在 Excel 或 WPS 中另存为 .xlsx）",
             "not a valid Excel workbook: the file is incomplete, damaged or of an unknown format "
                + "(expected a file saved as .xlsx by Excel or WPS)")
        case .emptyFile:
            ("文件是空的（0 字节），可能下载或复制没有完成（应为填好的 .xlsx 工作簿）",
             "the file is empty (0 bytes); a download or copy may not have finished (expected a filled-in .xlsx workbook)")
        case .passwordProtected:
            ("工作簿已加密（设有打开密码，或 .xls 设了工作簿保护），无法读取（应在 Excel 或 WPS 中打开，取消打开密码和工作簿保护后保存）",
             // Excel 97–2003 also encrypts an .xls whose structure is protected, with a built-in password: it
            // opens without asking, so the planner must be told to lift the protection too.
            "the workbook is encrypted (a password to open, or an .xls with its structure protected) and cannot be "
                + "read (expected it opened in Excel or WPS and saved without the password and the workbook protection)")
        case .disguised(.webPage):
            ("文件其实是网页（HTML，系统“导出 Excel”常生成这种文件），不是工作簿（应在 Excel 或 WPS 中打开后另存为 .xlsx）",
             "the file is a web page (HTML, as systems that \"export to Excel\" often write), not a workbook "
                + "(expected it opened in Excel or WPS and saved as .xlsx)")
        case .disguised(.xmlSpreadsheet):
            ("文件其实是 Excel 2003 XML 表格，不是工作簿（应在 Excel 或 WPS 中打开后另存为 .xlsx）",
             "the file is an Excel 2003 XML spreadsheet, not a workbook (expected it opened in Excel or WPS and saved as .xlsx)")
        case .disguised(.text):
            ("文件其实是文本（如 CSV），不是工作簿（应把各表存为 CSV 放进实例文件夹，或把各表放进一个工作簿另存为 .xlsx）",
             "the file is text (such as CSV), not a workbook "
                + "(expected each table saved as a CSV file in an instance folder, or all tables in one workbook saved as .xlsx)")
        case .disguised(.wordDocument):
            ("文件其实是 Word 文档，不是工作簿（应把表格复制到 Excel 或 WPS 表格中，另存为 .xlsx）",
             "the file is a Word document, not a workbook (expected the tables copied into Excel or WPS and saved as .xlsx)")
        case .disguised(.presentation):
            ("文件其实是 PowerPoint 演示文稿，不是工作簿（应把表格复制到 Excel 或 WPS 表格中，另存为 .xlsx）",
             "the file is a PowerPoint presentation, not a workbook "
                + "(expected the tables copied into Excel or WPS and saved as .xlsx)")
        case .disguised(.openDocument(isSpreadsheet: true)):
            ("文件其实是 OpenDocument 表格（.ods），不是 Excel 工作簿（应在 WPS、LibreOffice 或 Excel 中打开后另存为 .xlsx）",
             "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook "
                + "(expected it opened in WPS, LibreOffice or Excel and saved as .xlsx)")
        case .disguised(.openDocument(isSpreadsheet: false)):
            ("文件其实是 OpenDocument 文档，不是工作簿（应把表格复制到 Excel 或 WPS 表格中，另存为 .xlsx）",
             "the file is an OpenDocument document, not a workbook (expected the tables copied into Excel or WPS and saved as .xlsx)")
        case .disguised(.pdf):
            ("文件其实是 PDF，不是工作簿（应使用原来的 Excel 或 WPS 表格文件，或把表格录入后另存为 .xlsx）",
             "the file is a PDF, not a workbook (expected the original Excel or WPS file, or the table typed in and saved as .xlsx)")
        case .disguised(.image):
            ("文件其实是图片（照片或截图），不是工作簿（应使用原来的 Excel 或 WPS 表格文件）",
             "the file is a picture (a photo or screenshot), not a workbook (expected the original Excel or WPS file)")
        case .disguised(.compressedArchive):
            ("文件其实是压缩包（RAR、7z 或 gzip），不是工作簿（应先解压，上传其中的 .xlsx；实例文件夹请打成 zip）",
             "the file is a compressed archive (RAR, 7z or gzip), not a workbook "
                + "(expected it unpacked and the .xlsx inside used; an instance folder as a zip)")
        case .missingPart(let part):
            ("工作簿缺少 \(part)（应为 Excel 工作簿，而不是其他 zip 文件）",
             "the workbook has no \(part) (expected an Excel workbook, not another zip file)")
        case .malformedPart(let part):
            ("工作簿中的 \(part) 已损坏（应在 Excel 或 WPS 中重新保存）",
             "\(part) in the workbook is damaged (expected the file saved again by Excel or WPS)")
        case .tooLarge(.entries(let limit)):
            ("工作簿内含文件超过 \(limit) 个，已停止读取（应只含实例数据）",
             "the workbook holds more than \(limit) files; reading stopped (expected instance data only)")
        case .tooLarge(.inflatedPart(let path, let megabytes)):
            ("工作簿中的 \(Echo.value(path)) 解压后超过 \(megabytes) MB，已停止读取（应只含实例数据）",
             "\(Echo.value(path)) in the workbook inflates beyond \(megabytes) MB; reading stopped (expected instance data only)")
        case .tooLarge(.inflatedTotal(let megabytes)):
            ("工作簿解压后合计超过 \(megabytes) MB，已停止读取（应只含实例数据）",
             "the workbook inflates beyond \(megabytes) MB in all; reading stopped (expected instance data only)")
        case .tooLarge(.cells(let sheet, let limit)):
            ("工作表“\(Echo.value(sheet))”的单元格超过 \(limit) 个，已停止读取（应删除远处列中的多余内容）",
             "sheet '\(Echo.value(sheet))' has more than \(limit) cells; reading stopped (expected no stray cells in far columns)")
        case .tooManyRows(let limit):
            ("非空行超过 \(limit) 行，已停止读取（应删除多余的行）",
             "more than \(limit) non-empty rows; reading stopped (expected fewer rows)")
        case .xlsFailure(let code):
            ("无法读取 .xls 文件（libfreexl 错误 \(code)；可在 Excel 或 WPS 中另存为 .xlsx）",
             "cannot read the .xls file (libfreexl error \(code); save it as .xlsx in Excel or WPS)")
        }
    }
}
