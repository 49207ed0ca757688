import TrainPlanCore

/// The iCalendar files of a plan: one per school (every session its teachers attend, with their
/// names) and one per trained teacher (their own sessions). Online cohorts have no dates and no events.
struct CalendarExport {
    let context: ReportContext
    private var language: Language { context.language }

    /// DTSTAMP of every event: the horizon's first day, not the clock, so output is reproducible.
    private var stamp: PlanDate { context.instance.calendar.start }

    func school(_ school: Int) -> String {
        let schoolRecord = context.instance.schools[school]
        let assignments = context.assignments(ofSchool: school)
        let cohorts = Set(assignments.map(\.cohort)).sorted()
        let events = cohorts.flatMap { cohortIndex in
            let names = assignments.filter { $0.cohort == cohortIndex }.map { context.instance.teachers[$0.teacher].name }
            let attendees = language.pick("参训教师：", "Teachers: ") + names.joined(separator: language.pick("、", ", "))
            return sessionEvents(of: context.plan.cohorts[cohortIndex], owner: schoolRecord.id, note: attendees)
        }
        let name = language.pick("培训安排 · ", "Training · ") + context.displayName(schoolRecord)
        return ICalendar(name: name, events: events).render(stamp: stamp)
    }

    func teacher(_ teacher: Int) -> String {
        let record = context.instance.teachers[teacher]
        let events = context.assignments.filter { $0.teacher == teacher }.flatMap { assignment in
            sessionEvents(of: context.plan.cohorts[assignment.cohort], owner: record.id,
                   note: language.pick("参训教师：", "Teacher: ") + record.name)
        }
        let name = language.pick("培训安排 · ", "Training · ") + record.name
        return ICalendar(name: name, events: events).render(stamp: stamp)
    }

    /// One event per session; the UID names the cohort, the session and whose calendar it is in.
    private func sessionEvents(of cohort: Cohort, owner: String, note: String) -> [ICalendar.Event] {
        let programme = context.programme(of: cohort)
        let site = context.site(of: cohort)
        return cohort.sessions.enumerated().map { number, session in
            let count = cohort.sessions.count
            let part = count > 1 ? language.pick("（第\(number + 1)/\(count)次）", " (session \(number + 1) of \(count))") : ""
            let details = [
                language.pick("班次：", "Cohort: ") + cohort.id,
                language.pick("学时：", "Hours: ") + NumberText.format(programme.hours),
                language.pick("全部日期：", "All dates: ") + context.datesText(cohort),
                note,
            ]
            return ICalendar.Event(
                uid: "\(cohort.id)-\(number + 1)-\(owner)@trainplan", summary: context.displayName(programme) + part,
                location: context.displayName(site), description: details.joined(separator: "\n"),
                first: session.first, last: session.last
            )
        }
    }
}
