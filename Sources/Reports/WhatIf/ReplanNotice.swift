import Foundation
import TrainPlanCore

/// The notices of a re-plan (换人参训): who is out, who takes their seats, who moves to another cohort and
/// whose seat is cancelled, as changes.csv and changes.txt.
public struct ReplanNotice: Sendable {
    public let instance: Instance
    public let published: Plan
    public let replanned: Plan
    public let changes: [PlanChange]
    public let language: Language

    public init(instance: Instance, published: Plan, replanned: Plan, changes: [PlanChange], language: Language) {
        self.instance = instance
        self.published = published
        self.replanned = replanned
        self.changes = changes
        self.language = language
    }

    public func table() -> ResultTable {
        let header = [
            language.pick("工号", "Teacher"), language.pick("姓名", "Name"), language.pick("学校", "School"),
            language.pick("变动", "Change"), language.pick("项目", "Programme"), language.pick("原班次", "Cohort before"),
            language.pick("原日期", "Dates before"), language.pick("新班次", "Cohort after"), language.pick("新日期", "Dates after"),
        ]
        let rows = changes.map { change in
            let teacher = instance.teachers[change.teacher]
            return [
                teacher.id, teacher.name, schoolName(teacher), kindName(change.kind),
                instance.programmes[change.programme].name, change.before ?? "", dates(change.before, in: published),
                change.after ?? "", dates(change.after, in: replanned),
            ]
        }
        return ResultTable(header: header, rows: rows)
    }

    /// One sentence per change, after a count by kind.
    public func text() -> String {
        let counts = PlanChange.Kind.allCases.map { kind in "\(kindName(kind)) \(changes.filter { $0.kind == kind }.count)" }
        let teachers = Set(changes.map(\.teacher)).count
        var lines = [language.pick("共 \(teachers) 名教师的参训安排有变动（\(counts.joined(separator: "，"))）",
                                   "\(teachers) teachers' training changes (\(counts.joined(separator: ", ")))")]
        lines += changes.map(sentence)
        return lines.joined(separator: "\n") + "\n"
    }

    private func sentence(_ change: PlanChange) -> String {
        let teacher = instance.teachers[change.teacher]
        let who = "\(teacher.name)（\(teacher.id)，\(schoolName(teacher))）"
        let programme = instance.programmes[change.programme].name
        let before = cohortText(change.before, in: published)
        let after = cohortText(change.after, in: replanned)
        return switch change.kind {
        case .withdrawn: language.pick("退出：\(who)不再参加「\(programme)」\(before)", "Out: \(who) leaves \"\(programme)\" \(before)")
        case .added: language.pick("替补：\(who)参加「\(programme)」\(after)", "Replacement: \(who) joins \"\(programme)\" \(after)")
        case .moved: language.pick("调班：\(who)「\(programme)」由 \(before) 调至 \(after)", "Moved: \(who) in \"\(programme)\" from \(before) to \(after)")
        case .removed: language.pick("取消：\(who)「\(programme)」\(before) 的名额取消", "Cancelled: \(who)'s seat in \"\(programme)\" \(before)")
        }
    }

    private func kindName(_ kind: PlanChange.Kind) -> String {
        switch kind {
        case .withdrawn: language.pick("退出", "out")
        case .added: language.pick("替补", "replacement")
        case .moved: language.pick("调班", "moved")
        case .removed: language.pick("取消", "cancelled")
        }
    }

    private func schoolName(_ teacher: Teacher) -> String {
        instance.schools.first { $0.id == teacher.school }?.name ?? teacher.school
    }

    private func dates(_ cohortID: String?, in plan: Plan) -> String {
        guard let cohortID, let cohort = plan.cohorts.first(where: { $0.id == cohortID }) else { return "" }
        return cohort.sessions.isEmpty ? language.pick("网络", "online") : cohort.sessions.map(\.description).joined(separator: ";")
    }

    private func cohortText(_ cohortID: String?, in plan: Plan) -> String {
        guard let cohortID else { return "" }
        return language.pick("班次 \(cohortID)（\(dates(cohortID, in: plan))）", "cohort \(cohortID) (\(dates(cohortID, in: plan)))")
    }
}
