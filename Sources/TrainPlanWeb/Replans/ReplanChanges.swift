import Foundation
import Hummingbird
import Reports
import TrainPlanCore

/// What a finished re-plan changed against the plan it started from: computed from the two plan folders
/// (`PlanChange`), so it is shown in the reader's language and for one school when asked.
struct ReplanChanges: Sendable {
    let instance: Instance
    let published: Plan
    let replanned: Plan
    let changes: [PlanChange]

    static func of(_ replan: SolveRecord, services: WebServices) async throws -> ReplanChanges {
        guard replan.kind == .replan, replan.hasPlan, replan.status.isOver, let baseID = replan.basePlanId,
              let base = try await services.solves.find(baseID) else {
            throw HTTPError(.notFound, message: "no such re-plan")
        }
        let instance = try await services.terms.instance(replan.instanceId)
        let published = try await services.terms.plan(base).plan
        let replanned = try await services.terms.plan(replan).plan
        let named = Set((replan.parameters ?? "").split(separator: ",").map(String.init))
        let requested = Set(instance.teachers.indices.filter { named.contains(instance.teachers[$0].id) })
        return ReplanChanges(instance: instance, published: published, replanned: replanned,
                             changes: PlanChange.changes(from: published, to: replanned, instance: instance, requested: requested))
    }

    /// Only the changes of one school's teachers (本校变动).
    func forSchool(_ school: String) -> ReplanChanges {
        ReplanChanges(instance: instance, published: published, replanned: replanned,
                      changes: changes.filter { instance.teachers[$0.teacher].school == school })
    }

    func notice(_ language: Language) -> ReplanNotice {
        ReplanNotice(instance: instance, published: published, replanned: replanned, changes: changes, language: language)
    }

    /// Who takes whose place, per programme: those out (退出, 取消) beside those in (替补).
    func replacements(_ language: Language) -> [[String: String]] {
        instance.programmes.indices.compactMap { programme in
            let own = changes.filter { $0.programme == programme }
            let out = own.filter { $0.kind == .withdrawn || $0.kind == .removed }.map(person)
            let into = own.filter { $0.kind == .added }.map(person)
            guard !out.isEmpty || !into.isEmpty else { return nil }
            let separator = language.pick("、", ", ")
            return ["programme": "\(instance.programmes[programme].id) \(instance.programmes[programme].name)",
                    "out": out.joined(separator: separator), "in": into.isEmpty ? "—" : into.joined(separator: separator)]
        }
    }

    private func person(_ change: PlanChange) -> String {
        let teacher = instance.teachers[change.teacher]
        return "\(teacher.name)（\(teacher.id)）"
    }

    var view: ChangeList {
        ChangeList(changes: changes.map { change in
            let teacher = instance.teachers[change.teacher]
            return ChangeView(teacher: teacher.id, name: teacher.name, school: teacher.school, change: change.kind.rawValue,
                              program: instance.programmes[change.programme].id, cohortBefore: change.before, cohortAfter: change.after)
        })
    }
}

struct ChangeView: ResponseEncodable, Sendable {
    var teacher: String
    var name: String
    var school: String
    /// `withdrawn` (退出), `added` (替补), `moved` (调班) or `removed` (取消).
    var change: String
    var program: String
    var cohortBefore: String?
    var cohortAfter: String?
}

struct ChangeList: ResponseEncodable, Sendable {
    var changes: [ChangeView]
}
