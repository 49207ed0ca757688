import Foundation
import Reports
import TestSupport
@testable import TrainPlanCore

// @testable: Cohort has no public initialiser; tests build plans by hand.
/// A two-week county with two schools (one with markup in its name), a centre and an online site, and a
/// hand-made plan: two cohorts that share a teacher. Numbers in the tests are computed from these by hand.
enum ReportFixture {
    static let start = SmallInstance.monday  // Mon 2026-09-07

    static let instance: Instance = {
        var defaults = Defaults()
        defaults.targetHours = 360
        let schools = [
            School(id: "S1", name: "第一小学", district: "D1", latitude: 30.00, longitude: 110.00, maxAway: 1),
            School(id: "S2", name: "<二小>&", district: "D2", latitude: 30.10, longitude: 110.20),
        ]
        let teachers = [
            Teacher(id: "T1", name: "张三", school: "S1", stage: .primary, subject: "数学", cycleHours: 300),
            Teacher(id: "T2", name: "李四", school: "S1", stage: .primary, subject: "语文", cycleHours: 350),
            Teacher(id: "T3", name: "王<五>", school: "S2", stage: .primary, subject: "数学", cycleHours: 100),
            Teacher(id: "T4", name: "赵六", school: "S2", stage: .primary, subject: "英语", cycleHours: 360),
        ]
        let sites = [
            Site(id: "C1", name: "县教师发展中心", kind: .center, latitude: 30.05, longitude: 110.10, seats: 40),
            Site(id: "W1", name: "网络研修平台", kind: .online),
        ]
        let programmes = [
            Programme(id: "P1", name: "数学骨干研修, 第一期; 集中", mode: .centralized, sessions: 2, days: 2, hours: 24,
                      quotaMin: .seats(3), team: "songjiao"),
            Programme(id: "P2", name: "班主任培训", mode: .centralized, hours: 6, quotaMin: .seats(2)),
            Programme(id: "P3", name: "网络研修", mode: .online, days: 0, hours: 10, quotaMin: .seats(0)),
        ]
        return SmallInstance.make(
            teachers: teachers, programmes: programmes, sites: sites, schools: schools, defaults: defaults,
            teams: [TeamPool(name: "songjiao", limit: 2)], quotas: [Quota(program: "P1", scope: .district, scopeID: "D2", min: 2)],
            holidays: [SmallInstance.date(11)], days: 14
        )
    }()

    static func day(_ offset: Int) -> PlanDate { SmallInstance.date(offset) }

    /// K1: P1 on Mon–Tue of both weeks (T1, T3); K2: P2 on the first Wednesday (T1, T2); K3: online (T4).
    static let plan = Plan(cohorts: [
        Cohort(id: "K1", programme: 0, site: 0,
               sessions: [DateRange(first: day(0), last: day(1)), DateRange(first: day(7), last: day(8))], teachers: [0, 2]),
        Cohort(id: "K2", programme: 1, site: 0, sessions: [DateRange(first: day(2), last: day(2))], teachers: [0, 1]),
        Cohort(id: "K3", programme: 2, site: 1, sessions: [], teachers: [3]),
    ])

    static func context(_ language: Language = .zh) -> ReportContext {
        ReportContext(instance: instance, plan: plan, summary: nil, language: language)
    }

    static func files(_ language: Language = .zh) throws -> [String: Data] {
        try ReportWriter(instance: instance, plan: plan, summary: nil, language: language).files()
    }

    static func text(_ files: [String: Data], _ name: String) -> String {
        String(decoding: files[name] ?? Data(), as: UTF8.self)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs a program and returns its exit status and output; output goes to files, not pipes, so a
/// program that leaves children holding them open cannot stall the test past `timeout`.
func runProgram(_ path: String, _ arguments: [String], timeout: TimeInterval = 120) throws
    -> (status: Int32, stdout: String, stderr: String) {
    let folder = try ReportFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (outURL, errURL) = (folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}
