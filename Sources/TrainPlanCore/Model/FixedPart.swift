/// The part of a plan that stays as it is while the model decides the rest (used to decompose a large
/// solve, to improve one programme at a time, and to re-plan). The model then sees only what is left:
/// each fixed teacher's free dates and programmes, free rooms and team slots, remaining quota and away caps.
public struct FixedPart: Sendable {
    public let plan: Plan
    /// Dates each teacher is already in a cohort.
    let busyDates: [Int: Set<PlanDate>]
    /// H2 classes (programme or exclusive group) each teacher already uses.
    let usedClasses: [Int: Set<String>]
    let trained: Set<Int>
    let roomsUsed: [Int: [PlanDate: Int]]
    let teamUsed: [String: [PlanDate: Int]]
    let cohortsAtSite: [Int: Int]
    /// Seats each programme's quota counts as taken: the fixed plan's, plus any held back (`holdingSeats`).
    private(set) var assignedByProgramme: [Int: Int]
    /// Teachers per programme per school, for sub-quotas.
    let assignedTeachers: [Int: [Int]]
    /// Teachers away on each teaching day per school, counting programmes without substitute cover.
    let awayBySchool: [Int: [PlanDate: Int]]

    public static let empty = FixedPart(instance: nil, plan: Plan(cohorts: []))

    public init(instance: Instance?, plan: Plan) {
        self.plan = plan
        var busyDates: [Int: Set<PlanDate>] = [:]
        var usedClasses: [Int: Set<String>] = [:]
        var roomsUsed: [Int: [PlanDate: Int]] = [:]
        var teamUsed: [String: [PlanDate: Int]] = [:]
        var cohortsAtSite: [Int: Int] = [:]
        var assignedByProgramme: [Int: Int] = [:]
        var assignedTeachers: [Int: [Int]] = [:]
        var awayBySchool: [Int: [PlanDate: Int]] = [:]
        if let instance {
            let schoolIndex = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for cohort in plan.cohorts {
                let programme = instance.programmes[cohort.programme]
                let days = cohort.days
                cohortsAtSite[cohort.site, default: 0] += 1
                assignedByProgramme[cohort.programme, default: 0] += cohort.teachers.count
                assignedTeachers[cohort.programme, default: []] += cohort.teachers
                for day in days {
                    roomsUsed[cohort.site, default: [:]][day, default: 0] += 1
                    if let team = programme.team { teamUsed[team, default: [:]][day, default: 0] += 1 }
                }
                for teacher in cohort.teachers {
                    busyDates[teacher, default: []].formUnion(days)
                    usedClasses[teacher, default: []].insert(instance.exclusivityClass(cohort.programme))
                    guard programme.substitute == 0, let school = schoolIndex[instance.teachers[teacher].school] else { continue }
                    for day in days where instance.calendar.dayType(day) == .teaching {
                        awayBySchool[school, default: [:]][day, default: 0] += 1
                    }
                }
            }
        }
        self.busyDates = busyDates
        self.usedClasses = usedClasses
        trained = Set(busyDates.keys).union(plan.cohorts.filter { $0.sessions.isEmpty }.flatMap(\.teachers))
        self.roomsUsed = roomsUsed
        self.teamUsed = teamUsed
        self.cohortsAtSite = cohortsAtSite
        self.assignedByProgramme = assignedByProgramme
        self.assignedTeachers = assignedTeachers
        self.awayBySchool = awayBySchool
    }

    /// The same fixed part with `seats` more of a programme's quota counted as taken: seats held for parts
    /// of the programme that are planned later.
    func holdingSeats(_ seats: Int, of programme: Int) -> FixedPart {
        var held = self
        held.assignedByProgramme[programme, default: 0] += seats
        return held
    }
}

extension Instance {
    /// The H2 class of a programme: its `exclusive` group when it has one, else the programme itself.
    /// A teacher joins at most one cohort per class, which covers both parts of H2.
    func exclusivityClass(_ programme: Int) -> String {
        if let group = programmes[programme].exclusive { return "group:" + group }
        return "programme:" + programmes[programme].id
    }
}
