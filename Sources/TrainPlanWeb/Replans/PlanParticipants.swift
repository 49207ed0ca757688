import Foundation
import Hummingbird
import TrainPlanCore

/// The teachers of a plan, one row per seat, for the re-plan page's search box (by 工号 or name).
struct PlanParticipant: ResponseEncodable, Sendable {
    var teacher: String
    var name: String
    var school: String
    var schoolName: String
    var program: String
    var cohort: String
}

struct PlanParticipants: ResponseEncodable, Sendable {
    var participants: [PlanParticipant]

    /// Most rows one search answers; the planner types more to narrow it.
    static let limit = 30

    /// Seats whose teacher id or name contains `query` (case-insensitive), by teacher id; every seat for an empty query, up to `limit`.
    init(plan: Plan, instance: Instance, query: String) {
        let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
        let schools = Dictionary(instance.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows: [PlanParticipant] = []
        for cohort in plan.cohorts {
            for index in cohort.teachers {
                let teacher = instance.teachers[index]
                guard needle.isEmpty || teacher.id.lowercased().contains(needle) || teacher.name.lowercased().contains(needle) else { continue }
                rows.append(PlanParticipant(teacher: teacher.id, name: teacher.name, school: teacher.school,
                                            schoolName: schools[teacher.school] ?? teacher.school,
                                            program: instance.programmes[cohort.programme].id, cohort: cohort.id))
            }
        }
        rows.sort { ($0.teacher, $0.program) < ($1.teacher, $1.program) }
        participants = Array(rows.prefix(Self.limit))
    }

    /// Every teacher id with a seat in the plan.
    static func teacherIDs(_ plan: Plan, _ instance: Instance) -> Set<String> {
        Set(plan.cohorts.flatMap { $0.teachers.map { instance.teachers[$0].id } })
    }
}
