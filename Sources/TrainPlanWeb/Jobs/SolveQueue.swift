import Foundation
import TrainPlanCore

/// Runs solve jobs as child processes, at most `limit` at once, in the order they were asked for.
actor SolveQueue {
    private let solves: SolveRepository
    private let audit: AuditRepository
    private let paths: DataPaths
    private let executable: String
    private let limit: Int
    private var waiting: [Int64] = []
    private var running: Set<Int64> = []
    private var processes: [Int64: SolverProcess] = [:]
    private var stopRequested: Set<Int64> = []
    private var live: [Int64: LiveSolve] = [:]

    init(solves: SolveRepository, audit: AuditRepository, paths: DataPaths, executable: String, limit: Int) {
        self.solves = solves
        self.audit = audit
        self.paths = paths
        self.executable = executable
        self.limit = limit
    }

    /// After a restart: jobs that were running are marked interrupted (keeping any plan they wrote); queued ones
    /// wait again.
    func recover() async throws {
        for record in try await solves.withStatus([.running]) {
            let summary = PlanSummaryFile(planFolder: paths.plan(record.id!))
            try await solves.update(record.id!) { record in
                record.status = .interrupted
                record.finishedAt = Date()
                Self.apply(summary, to: &record)
            }
        }
        for record in try await solves.withStatus([.queued]) { waiting.append(record.id!) }
        await startWaiting()
    }

    func enqueue(_ id: Int64) async {
        waiting.append(id)
        await startWaiting()
    }

    /// 1 for the next job to start; nil when the job is not waiting.
    func queuePosition(_ id: Int64) -> Int? { waiting.firstIndex(of: id).map { $0 + 1 } }

    func progress(_ id: Int64) -> [ProgressRecord] { live[id]?.progress ?? [] }

    /// Stops a job: a waiting one never starts; a running one gets Ctrl-C and writes its best plan.
    /// False when the job is already over.
    func stop(_ id: Int64, by userName: String) async throws -> Bool {
        if let index = waiting.firstIndex(of: id) {
            waiting.remove(at: index)
            try await solves.update(id) { record in
                record.status = .stopped
                record.finishedAt = Date()
            }
            try await audit.record(userName, "stop", "solve \(id) (queued)")
            return true
        }
        guard running.contains(id) else { return false }
        stopRequested.insert(id)
        processes[id]?.interrupt()
        try await audit.record(userName, "stop", "solve \(id)")
        return true
    }

    /// Server shutdown: running children get Ctrl-C so that they write their plans.
    func interruptAll() {
        for process in processes.values { process.interrupt() }
    }

    private func startWaiting() async {
        while running.count < limit, !waiting.isEmpty {
            let id = waiting.removeFirst()
            running.insert(id)
            await start(id)
        }
    }

    private func start(_ id: Int64) async {
        do {
            guard let record = try await solves.find(id) else { running.remove(id); return }
            try FileManager.default.createDirectory(at: paths.solve(id), withIntermediateDirectories: true)
            try await solves.update(id) { $0.status = .running }
            let liveSolve = LiveSolve()
            live[id] = liveSolve
            let arguments = try JobArguments(paths: paths).arguments(record)
            processes[id] = try SolverProcess(executable: executable, arguments: arguments, log: paths.solverLog(id),
                                              live: liveSolve) { [weak self] code in
                Task { await self?.finished(id, exitCode: code) }
            }
        } catch {
            running.remove(id)
            try? await solves.update(id) { record in
                record.status = .failed
                record.message = "\(error)"
                record.finishedAt = Date()
            }
        }
    }

    private func finished(_ id: Int64, exitCode: Int32) async {
        let kind = (try? await solves.find(id))?.kind ?? .solve
        switch kind {
        case .solve, .replan: break
        case .whatif:
            await finishedWithPage(id, exitCode: exitCode, page: paths.comparison(id))
            return
        case .frontier:
            await finishedWithPage(id, exitCode: exitCode, page: paths.frontierFile(id, "html", language: .zh))
            return
        }
        let summary = PlanSummaryFile(planFolder: paths.plan(id))
        let stopped = stopRequested.contains(id)
        let lastLines = live[id]?.lastLines ?? []
        let status: SolveStatus = summary == nil ? .failed : (stopped ? .stopped : (exitCode == 0 ? .finished : .failed))
        try? await solves.update(id) { record in
            record.status = status
            record.finishedAt = Date()
            Self.apply(summary, to: &record)
            if status == .failed {
                record.message = lastLines.isEmpty ? "exit code \(exitCode)" : lastLines.joined(separator: "\n")
            }
        }
        processes[id] = nil
        stopRequested.remove(id)
        running.remove(id)
        await startWaiting()
    }

    /// A what-if or frontier job is finished when it wrote its page (the comparison, the frontier); it has no
    /// plan of its own to publish. Stopped part-way, a frontier keeps the levels done.
    private func finishedWithPage(_ id: Int64, exitCode: Int32, page: URL) async {
        let written = FileManager.default.fileExists(atPath: page.path)
        let stopped = stopRequested.contains(id)
        let lastLines = live[id]?.lastLines ?? []
        let status: SolveStatus = written ? (stopped ? .stopped : (exitCode == 0 ? .finished : .failed)) : (stopped ? .stopped : .failed)
        try? await solves.update(id) { record in
            record.status = status
            record.finishedAt = Date()
            if status == .failed {
                record.message = lastLines.isEmpty ? "exit code \(exitCode)" : lastLines.joined(separator: "\n")
            }
        }
        processes[id] = nil
        stopRequested.remove(id)
        running.remove(id)
        await startWaiting()
    }

    private static func apply(_ summary: PlanSummaryFile?, to record: inout SolveRecord) {
        guard let summary else { return }
        record.planStatus = summary.status
        record.incumbent = summary.objective
        record.bound = summary.bound
        record.gap = summary.gap
        record.seconds = summary.seconds
    }
}
