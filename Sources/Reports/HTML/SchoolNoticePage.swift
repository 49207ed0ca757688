import TrainPlanCore

/// notices/<school>.html: a printable A4 notice for one school listing where and when each of its
/// teachers goes (姓名, 项目, 培训点, 日期, 学时), to sign, stamp and pin up.
struct SchoolNoticePage {
    let context: ReportContext
    private var language: Language { context.language }

    func render(school: Int) -> String {
        let record = context.instance.schools[school]
        let assignments = context.assignments(ofSchool: school)
        let title = language.pick("参训通知", "Training notice") + " · " + context.displayName(record)
        let headers = [language.pick("姓名", "Name"), language.pick("工号", "Teacher ID"), language.pick("项目", "Programme"),
                       language.pick("培训点", "Site"), language.pick("日期", "Dates"), language.pick("学时", "Hours")]
        var rows = ""
        for assignment in assignments {
            let teacher = context.instance.teachers[assignment.teacher]
            let cohort = context.plan.cohorts[assignment.cohort]
            let programme = context.programme(of: cohort)
            let cells = [teacher.name, teacher.id, context.displayName(programme), context.displayName(context.site(of: cohort)),
                         context.datesText(cohort)]
            rows += "<tr>" + cells.map { "<td>\(HTMLText.escape($0))</td>" }.joined()
                + "<td class=\"num\">\(HTMLText.escape(NumberText.format(programme.hours)))</td></tr>\n"
        }
        let foot = language.pick(
            "请各位教师按时参训，并提前安排好调课。如有冲突，请于开班前与县继教办联系。",
            "Please attend on the dates above and arrange cover for your classes in advance. Contact the county training office before the start if there is a conflict."
        )
        return """
        <!DOCTYPE html>
        <html lang="\(language.pick("zh-CN", "en"))">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(PageStyle.notice)
        </style>
        </head>
        <body>
        <h1>\(HTMLText.escape(title))</h1>
        <p class="sub">\(HTMLText.escape(SchoolNoticeText(context: context).heading(school: school, count: assignments.count)
            + " · " + context.instance.name))</p>
        <table>
        <thead><tr>\(headers.map { "<th>\(HTMLText.escape($0))</th>" }.joined())</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        <p class="foot">\(HTMLText.escape(foot))</p>
        </body>
        </html>

        """
    }
}
