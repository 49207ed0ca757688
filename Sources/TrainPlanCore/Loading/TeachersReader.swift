/// Reads teachers.csv.
enum TeachersReader {
    static func read(_ sheet: Sheet, _ context: LoadingContext, _ log: inout IssueLog) -> [Teacher] {
        let schoolIDs = context.schools.map { Set($0.map(\.id)) }
        var ids = UniqueKeys(ids: true)
        var teachers: [Teacher] = []
        for row in sheet.rows {
            guard let id = row.required("id", &log), ids.admit(id, row: row, column: "id", &log) else { continue }
            let school = row.required("school", &log)
            if let school { LoadingContext.check(school, in: schoolIDs, as: .school, row: row, column: "school", &log) }
            let stage = row.requiredChoice("stage", choices: CellWords.stageChoices, &log, parse: Stage.init(parsing:))
            let weeklyPeriods = row.number("weekly_periods", minimum: 0, &log)
            let cycleHours = row.number("cycle_hours", minimum: 0, &log)
            let unavailable = row.dateRanges("unavailable", &log)
            guard let school, let stage else { continue }
            teachers.append(Teacher(
                id: id,
                name: row.displayName(),
                school: school,
                stage: stage,
                subject: row.text("subject") ?? "",
                tags: row.tags("tags", &log),
                weeklyPeriods: weeklyPeriods,
                cycleHours: cycleHours ?? 0,
                unavailable: unavailable?.dates(within: context.horizon) ?? []
            ))
        }
        return teachers
    }
}
