import TrainPlanCore

/// The six sheets of the planner's workbook, in the reader's language: 班次, 名单, 各校通知, 名额落实,
/// 工学矛盾, 学时. Each is also written as a CSV copy (学时 as the two ledger files).
struct WorkbookSheets {
    let context: ReportContext
    var language: Language { context.language }
    var instance: Instance { context.instance }

    var all: [ReportSheet] { [cohorts(), roster(), notices(), quotas(), workStudy(), hours()] }

    /// 班次: one row per opened cohort, with the first and last day of every session as real dates.
    func cohorts() -> ReportSheet {
        let sessionCount = context.plan.cohorts.map(\.sessions.count).max() ?? 0
        let sessionWidths = Array(repeating: 12.0, count: 2 * sessionCount)
        var sheet = ReportSheet(name: language.pick("班次", "Cohorts"), fileStem: "cohorts",
                                columnWidths: [24, 12, 26, 20] + sessionWidths + [8, 12])
        let sessionHeaders = (1..<(sessionCount + 1)).flatMap { number in
            [language.pick("第\(number)次开始", "Session \(number) start"), language.pick("第\(number)次结束", "Session \(number) end")]
        }
        sheet.header([language.pick("班次编号", "Cohort"), language.pick("项目编号", "Programme ID"),
                      language.pick("项目", "Programme"), language.pick("培训点", "Site")]
            + sessionHeaders + [language.pick("人数", "Size"), language.pick("培训团队", "Trainer team")])
        for cohort in context.plan.cohorts {
            let programme = context.programme(of: cohort)
            var dates = cohort.sessions.flatMap { [ReportSheet.Cell.date($0.first), .date($0.last)] }
            dates += Array(repeating: .empty, count: 2 * sessionCount - dates.count)
            sheet.body([.text(cohort.id), .text(programme.id), .text(context.displayName(programme)),
                        .text(context.displayName(context.site(of: cohort)))]
                + dates + [.number(Double(cohort.teachers.count)), .text(programme.team ?? "")])
        }
        return sheet
    }

    /// 名单: every cohort's teachers.
    func roster() -> ReportSheet {
        var sheet = ReportSheet(name: language.pick("名单", "Roster"), fileStem: "roster",
                                columnWidths: [24, 26, 20, 12, 12, 22, 8, 10])
        sheet.header([language.pick("班次编号", "Cohort"), language.pick("项目", "Programme"), language.pick("培训点", "Site"),
                      language.pick("工号", "Teacher ID"), language.pick("姓名", "Name"), language.pick("学校", "School"),
                      language.pick("学段", "Stage"), language.pick("学科", "Subject")])
        for cohort in context.plan.cohorts {
            for teacherIndex in cohort.teachers {
                let teacher = instance.teachers[teacherIndex]
                sheet.body([.text(cohort.id), .text(context.displayName(context.programme(of: cohort))),
                            .text(context.displayName(context.site(of: cohort))), .text(teacher.id), .text(teacher.name),
                            .text(context.schoolName(teacher.school)), .text(teacher.stage.rawValue), .text(teacher.subject)])
            }
        }
        return sheet
    }

    /// 各校通知: one block per school that sends teachers, ready to forward to the school.
    func notices() -> ReportSheet {
        var sheet = ReportSheet(name: language.pick("各校通知", "School notices"), fileStem: "notices",
                                columnWidths: [12, 12, 26, 20, 12, 44, 8])
        for school in context.schoolsWithAssignments {
            let assignments = context.assignments(ofSchool: school)
            if !sheet.rows.isEmpty { sheet.blank() }
            sheet.title(SchoolNoticeText(context: context).heading(school: school, count: assignments.count))
            sheet.header([language.pick("工号", "Teacher ID"), language.pick("姓名", "Name"), language.pick("项目", "Programme"),
                          language.pick("培训点", "Site"), language.pick("首次日期", "First day"),
                          language.pick("日期", "Dates"), language.pick("学时", "Hours")])
            for assignment in assignments {
                let teacher = instance.teachers[assignment.teacher]
                let cohort = context.plan.cohorts[assignment.cohort]
                let programme = context.programme(of: cohort)
                sheet.body([.text(teacher.id), .text(teacher.name), .text(context.displayName(programme)),
                            .text(context.displayName(context.site(of: cohort))),
                            cohort.sessions.first.map { .date($0.first) } ?? .empty,
                            .text(context.datesText(cohort)), .number(programme.hours)])
            }
        }
        return sheet
    }

    /// 名额落实: seats asked and filled per programme and sub-quota, for submission upward.
    func quotas() -> ReportSheet {
        var sheet = ReportSheet(name: language.pick("名额落实", "Quotas"), fileStem: "quotas",
                                columnWidths: [12, 26, 20, 8, 8, 8, 8])
        sheet.header([language.pick("项目编号", "Programme ID"), language.pick("项目", "Programme"),
                      language.pick("范围", "Scope"), language.pick("最少", "Min"), language.pick("最多", "Max"),
                      language.pick("已安排", "Assigned"), language.pick("缺口", "Shortfall")])
        for line in QuotaFulfilment(instance: instance, plan: context.plan).lines {
            let programme = instance.programmes[line.programme]
            sheet.body([.text(programme.id), .text(context.displayName(programme)), .text(context.scopeText(line.scope)),
                        .number(Double(line.minimum)), line.maximum.map { .number(Double($0)) } ?? .text("—"),
                        .number(Double(line.assigned)), .number(Double(line.shortfall))])
        }
        return sheet
    }

    /// 工学矛盾: per school, teacher-days lost on teaching days and the peak share away on one day.
    func workStudy() -> ReportSheet {
        var sheet = ReportSheet(name: language.pick("工学矛盾", "Work-study"), fileStem: "work-study",
                                columnWidths: [12, 22, 10, 8, 10, 16, 14, 14])
        sheet.header([language.pick("学校编号", "School ID"), language.pick("学校", "School"), language.pick("学区", "District"),
                      language.pick("教师数", "Staff"), language.pick("外出上限", "Away cap"),
                      language.pick("教学日缺课（人·天）", "Teaching days lost"),
                      language.pick("单日最多外出", "Peak away"), language.pick("最高外出比例", "Peak share away")])
        let burden = Dictionary(SchoolBurden(instance: instance, plan: context.plan).schools.map { ($0.school, $0) },
                                uniquingKeysWith: { a, _ in a })
        let staff = SchoolStaff(instance: instance)
        for (index, school) in instance.schools.enumerated() {
            let entry = burden[index]
            sheet.body([.text(school.id), .text(context.displayName(school)), .text(school.district),
                        .number(Double(staff.staff(index))), .number(Double(staff.maxAway(index))),
                        .number(Double(entry?.teacherDays ?? 0)), .number(Double(entry?.peakAway ?? 0)), .percent(entry?.peakShare ?? 0)])
        }
        return sheet
    }

    /// 学时: the teacher ledger, then the totals per school, in one sheet.
    func hours() -> ReportSheet {
        let (teachers, schools) = (hoursByTeacher(), hoursBySchool())
        var sheet = ReportSheet(name: language.pick("学时", "Hours"), fileStem: "hours",
                                columnWidths: (0..<max(teachers.columnWidths.count, schools.columnWidths.count)).map { column in
                                    max(teachers.columnWidths[safe: column], schools.columnWidths[safe: column])
                                })
        sheet.title(language.pick("教师学时（周期目标 \(NumberText.format(instance.defaults.targetHours)) 学时）",
                                  "Training hours per teacher (cycle target \(NumberText.format(instance.defaults.targetHours)) hours)"))
        sheet.rows += teachers.rows
        sheet.blank()
        sheet.title(language.pick("各校汇总", "Totals per school"))
        sheet.rows += schools.rows
        return sheet
    }

    /// ledger.csv: one row per teacher of the instance.
    func hoursByTeacher() -> ReportSheet {
        var sheet = ReportSheet(name: language.pick("学时", "Hours"), fileStem: "ledger",
                                columnWidths: [12, 12, 22, 10, 12, 10, 10])
        sheet.header([language.pick("工号", "Teacher ID"), language.pick("姓名", "Name"), language.pick("学校", "School"),
                      language.pick("已修学时", "Hours earned"), language.pick("本计划学时", "Hours in this plan"),
                      language.pick("周期合计", "Cycle total"), language.pick("尚差学时", "Still behind")])
        let ledger = HoursLedger(instance: instance, plan: context.plan)
        let order = ledger.teachers.sorted { a, b in
            let (x, y) = (instance.teachers[a.teacher], instance.teachers[b.teacher])
            let (schoolX, schoolY) = (context.schoolIndex[x.school] ?? Int.max, context.schoolIndex[y.school] ?? Int.max)
            return schoolX != schoolY ? schoolX < schoolY : x.id < y.id
        }
        for line in order {
            let teacher = instance.teachers[line.teacher]
            sheet.body([.text(teacher.id), .text(teacher.name), .text(context.schoolName(teacher.school)), .number(line.earned),
                        .number(line.credited), .number(line.total), .number(line.stillBehind)])
        }
        return sheet
    }

    /// ledger-schools.csv: one row per school.
    func hoursBySchool() -> ReportSheet {
        var sheet = ReportSheet(name: language.pick("学时汇总", "Hours per school"), fileStem: "ledger-schools",
                                columnWidths: [12, 22, 8, 10, 14, 14])
        sheet.header([language.pick("学校编号", "School ID"), language.pick("学校", "School"), language.pick("教师数", "Staff"),
                      language.pick("参训人数", "Trained"), language.pick("本计划学时合计", "Hours in this plan"),
                      language.pick("仍未达标人数", "Still behind target")])
        for line in HoursLedger(instance: instance, plan: context.plan).schools {
            let school = instance.schools[line.school]
            sheet.body([.text(school.id), .text(context.displayName(school)), .number(Double(line.teachers)),
                        .number(Double(line.trained)), .number(line.credited), .number(Double(line.stillBehind))])
        }
        return sheet
    }
}

private extension Array where Element == Double {
    /// The width of a column one table has and the other may not.
    subscript(safe index: Int) -> Double { indices.contains(index) ? self[index] : 0 }
}
