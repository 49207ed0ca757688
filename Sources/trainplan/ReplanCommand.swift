import ArgumentParser
import Foundation
import GLPKSolver
import PlanCheck
import Reports
import TrainPlanCore

/// `trainplan replan INSTANCE PLAN (--drop IDS | --changes FILE) --out NEW`: replaces teachers who dropped
/// out of a published plan, keeping everyone else's seat unless moving them is needed.
struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "换人参训：教师退出后补位，其余安排尽量不变 (replace teachers who dropped out, changing as little as possible)"
    )

    @Argument(help: "实例文件夹或工作簿 .xlsx/.xls (instance folder or workbook)")
    var instance: String

    @Argument(help: "已发布的计划文件夹 (published plan folder)")
    var plan: String

    @Option(name: .long, help: "退出的教师工号，逗号分隔 (ids of teachers who drop out, comma-separated)")
    var drop: String?

    @Option(name: .long, help: "变动文件 CSV：teacher,unavailable (changes file; see docs/scenarios.md)")
    var changes: String?

    @Option(name: .long, help: "新计划文件夹 (folder for the new plan and changes.csv/changes.txt)")
    var out: String

    @Option(name: .long, help: "时间上限，秒 (time limit in seconds)")
    var timeLimit: Double?

    @OptionGroup var output: LanguageOption

    func validate() throws {
        if (drop == nil) == (changes == nil) {
            throw usageError(output.language, "--drop 编号 与 --changes 文件 须给出且只给出其一", "give exactly one of --drop IDS or --changes FILE")
        }
        try validateSeconds(timeLimit, option: "--time-limit", language: output.language)
    }

    func run() throws {
        let language = output.language
        let loaded = try loadInstance(instance, language: language).instance
        let folder = OutputFolder(out, kind: .plan)
        try ensureWritable(folder, language: language)
        if OutputFolder.sameLocation(out, plan) {
            FileHandle.standardError.write(Data((OutputFolderError.samePlan(plan).message(language) + "\n").utf8))
            throw ExitCode(1)
        }
        // Both inputs are read before either's problems are shown: the planner fixes them in one go.
        var problems: [String] = []
        var published: Plan?
        do {
            published = try PlanFolderReader(instance: loaded).read(directory: plan).plan
        } catch let error as PlanReadError {
            problems.append(error.message(language))
        }
        var request: ReplanRequest?
        var warnings: [String] = []
        do {
            request = try readRequest(loaded, warnings: &warnings, language: language)
        } catch {
            problems.append(error.message(language))
        }
        // A plan that breaks this instance's rules (hand-edited, or from an instance changed since) would be
        // carried into the new plan, which `check` then rejects. The teachers the request moves are left out
        // first: their new leave in teachers.csv is why the planner re-plans, not a broken plan.
        if let read = published, let request {
            let broken = Self.brokenRules(of: read, apartFrom: request, in: loaded)
            if !broken.isEmpty {
                problems.append(language.pick(
                    "原计划“\(Echo.value(plan))”不符合此实例的规定（\(broken.count) 处），不能据它换人；请先用 trainplan check 查看并改正，实例改过时请重新求解：",
                    "the published plan \"\(Echo.value(plan))\" breaks \(broken.count) rule(s) of this instance and cannot be re-planned; see trainplan check, or solve again if the instance changed:"
                ))
                problems += firstListed(broken, language)
            }
        }
        // `--drop` names teachers who hold a seat; anyone else would be a typo that changes nothing.
        if drop != nil, let published, let request {
            let seated = Set(published.cohorts.flatMap(\.teachers).map { loaded.teachers[$0].id })
            let unseated = request.dropped.filter { !seated.contains($0) }.sorted()
            if request.dropped.isEmpty {
                problems.append(language.pick("--drop 没有给出退出教师的工号", "--drop names no teacher"))
            } else if !unseated.isEmpty {
                problems.append(language.pick("--drop：不是原计划的参训教师：\(Echo.list(unseated.map { Echo.value($0) }, separator: "、"))",
                                              "--drop: not a teacher of the published plan: \(Echo.list(unseated.map { Echo.value($0) }))"))
            }
        }
        // Problems first, then the warnings of a changes file that was read.
        for line in problems + warnings { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        guard problems.isEmpty, let published, let request else { throw ExitCode(1) }

        var options = PlanningOptions()
        options.timeLimit = timeLimit
        options.shouldStop = { Interruption.requested }
        Interruption.install()
        let outcome = try Replanner(instance: loaded, published: published, solver: GLPKSolver(), options: options).replan(request)
        let notice = ReplanNotice(instance: loaded, published: published, replanned: outcome.result.plan,
                                  changes: outcome.changes, language: language)
        let text = notice.text()
        var files = try PlanWriter(instance: loaded).files(outcome.result)
        files["changes.csv"] = notice.table().csv()
        files["changes.txt"] = Data(text.utf8)
        try writing(language) { try folder.replace(with: files) }
        print(text, terminator: "")
        print(language.pick("新计划已写入 ", "New plan written to ") + out)
    }

    /// The rules the published plan breaks once the request's teachers are out of it, apart from cohorts left
    /// below their minimum by that (the re-plan refills or cancels them).
    private static func brokenRules(of published: Plan, apartFrom request: ReplanRequest, in instance: Instance) -> [Violation] {
        let moved = request.dropped.union(request.unavailable.keys)
        let cohorts = published.cohorts.map { cohort in
            var kept = cohort
            kept.teachers.removeAll { moved.contains(instance.teachers[$0].id) }
            return kept
        }.filter { !$0.teachers.isEmpty }
        return PlanChecker(instance: instance).violations(of: Plan(cohorts: cohorts)).filter { !$0.isUndersizedCohort }
    }

    /// The changes the planner gives: a changes file (its warnings added to `warnings`) or `--drop`'s ids.
    private func readRequest(_ loaded: Instance, warnings: inout [String], language: Language) throws(ReplanRequestError) -> ReplanRequest {
        if let changes {
            let request = try ReplanRequest.read(file: changes, instance: loaded)
            let horizon = DateRange(first: loaded.calendar.start, last: loaded.calendar.end)
            warnings += request.warnings(source: changes, horizon: horizon, language: language)
            return request
        }
        let ids = (drop ?? "").split(whereSeparator: { ",，;；、".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let request = ReplanRequest(dropped: Set(ids))
        try request.validate(against: loaded, source: "--drop")
        return request
    }
}
