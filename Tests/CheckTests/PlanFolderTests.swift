import Foundation
import Testing
import PlanCheck

@Suite struct PlanFolderTests {
    @Test func missingFilesAreReported() throws {
        let report = try CheckFixture.check(PlanFiles(cohorts: nil, assignments: nil, summary: nil))
        #expect(report.messages(of: "FILE") == ["Missing file cohorts.csv", "Missing file assignments.csv"])
        #expect(report.violations.count == 2)
        #expect(!report.isValid)
    }

    @Test func missingFolderIsReportedNotFatal() {
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: "/nonexistent/plan")
        #expect(report.rules == ["FILE"])
        #expect(report.kpis.cohortsOpened == 0)
    }

    @Test func unreadableSummaryAndMissingColumnAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try CheckFixture.validPlan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{ not json".write(to: folder.appendingPathComponent("summary.json"), atomically: true, encoding: .utf8)
        try "teacher,klass\nT1,K1\n".write(to: folder.appendingPathComponent("assignments.csv"), atomically: true,
                                           encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        let files = report.messages(of: "FILE")
        #expect(files.contains("assignments.csv has no column \"cohort\""))
        #expect(files.contains { $0.hasPrefix("Cannot read summary.json") })
    }

    @Test func byteOrderMarkAndExtraColumnsAreAccepted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cohorts = "\u{FEFF}cohort,program,site,sessions,size,name\nK2,P2,N1,,1,语文网络研修\n"
        let assignments = "teacher,cohort,name\nT3,K2,丙\n"
        try cohorts.write(to: folder.appendingPathComponent("cohorts.csv"), atomically: true, encoding: .utf8)
        try assignments.write(to: folder.appendingPathComponent("assignments.csv"), atomically: true, encoding: .utf8)
        let report = PlanChecker(instance: CheckFixture.instance).check(planDirectory: folder.path)
        #expect(report.violations.map { $0.message(.en) } == [])
        #expect(report.kpis.cohortsOpened == 1)
    }
}
