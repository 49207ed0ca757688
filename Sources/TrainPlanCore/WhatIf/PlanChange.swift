/// One teacher's change in one programme between a published plan and its re-plan. Cohorts are compared by
/// what a teacher lives through (programme, site, dates), not by id.
public struct PlanChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Named in the request: out of this cohort (退出).
        case withdrawn
        /// Takes a seat they did not have (替补).
        case added
        /// Same programme, another cohort (调班).
        case moved
        /// Lost their seat without asking, e.g. their cohort closed (取消).
        case removed
    }

    public var teacher: Int
    public var programme: Int
    public var kind: Kind
    /// Cohort ids before and after.
    public var before: String?
    public var after: String?

    /// Every change from `published` to `replanned`, by teacher id then programme. `requested`: teachers
    /// the request named, whose lost seats are withdrawals rather than removals.
    public static func changes(from published: Plan, to replanned: Plan, instance: Instance,
                               requested: Set<Int>) -> [PlanChange] {
        let before = seats(published)
        let after = seats(replanned)
        var changes: [PlanChange] = []
        for key in Set(before.keys).union(after.keys) {
            let (old, new) = (before[key], after[key])
            guard old?.signature != new?.signature else { continue }
            let kind: Kind = switch (old, new) {
            case (_?, nil): requested.contains(key.teacher) ? .withdrawn : .removed
            case (nil, _?): .added
            default: .moved
            }
            changes.append(PlanChange(teacher: key.teacher, programme: key.programme, kind: kind, before: old?.id, after: new?.id))
        }
        return changes.sorted {
            let (a, b) = (instance.teachers[$0.teacher].id, instance.teachers[$1.teacher].id)
            return a != b ? a < b : $0.programme < $1.programme
        }
    }

    private struct Seat: Hashable {
        var teacher: Int
        var programme: Int
    }

    private static func seats(_ plan: Plan) -> [Seat: (id: String, signature: CohortSignature)] {
        var seats: [Seat: (id: String, signature: CohortSignature)] = [:]
        for cohort in plan.cohorts {
            for teacher in cohort.teachers {
                seats[Seat(teacher: teacher, programme: cohort.programme)] = (cohort.id, CohortSignature(cohort))
            }
        }
        return seats
    }
}

/// What a cohort is for its teachers: programme, site and dates.
struct CohortSignature: Hashable {
    var programme: Int
    var site: Int
    var sessions: [DateRange]

    init(_ cohort: Cohort) {
        programme = cohort.programme
        site = cohort.site
        sessions = cohort.sessions
    }

    init(_ candidate: CandidateCohort) {
        programme = candidate.programme
        site = candidate.site
        sessions = candidate.sessions
    }
}
