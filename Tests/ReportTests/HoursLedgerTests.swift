@testable import Reports
import TrainPlanCore
import XCTest

final class HoursLedgerTests: XCTestCase {
    func testHoursPerTeacherAgainstTheCycleTarget() {
        let ledger = HoursLedger(instance: ReportFixture.instance, plan: ReportFixture.plan)
        // T1: 300 + P1 24 + P2 6 = 330 → 30 behind; T2: 350 + 6 = 356 → 4; T3: 100 + 24 = 124 → 236;
        // T4: 360 + online 10 = 370 → 0.
        XCTAssertEqual(ledger.teachers.map(\.credited), [30, 6, 24, 10])
        XCTAssertEqual(ledger.teachers.map(\.total), [330, 356, 124, 370])
        XCTAssertEqual(ledger.teachers.map(\.stillBehind), [30, 4, 236, 0])
    }

    func testTotalsPerSchool() {
        let ledger = HoursLedger(instance: ReportFixture.instance, plan: ReportFixture.plan)
        XCTAssertEqual(ledger.schools, [
            HoursLedger.SchoolLine(school: 0, teachers: 2, trained: 2, credited: 36, stillBehind: 2),
            HoursLedger.SchoolLine(school: 1, teachers: 2, trained: 2, credited: 34, stillBehind: 1),
        ])
    }

    func testLedgerCSVHasABOMChineseHeadersAndTheNumbers() throws {
        let files = try ReportFixture.files()
        let data = try XCTUnwrap(files["ledger.csv"])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let lines = ReportFixture.text(files, "ledger.csv").dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "工号,姓名,学校,已修学时,本计划学时,周期合计,尚差学时")
        XCTAssertEqual(lines[1], "T1,张三,第一小学,300,30,330,30")
        XCTAssertEqual(lines[3], "T3,王<五>,<二小>&,100,24,124,236")
        let schools = ReportFixture.text(files, "ledger-schools.csv").dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(schools[0], "学校编号,学校,教师数,参训人数,本计划学时合计,仍未达标人数")
        XCTAssertEqual(schools[1], "S1,第一小学,2,2,36,2")
        XCTAssertEqual(schools[2], "S2,<二小>&,2,2,34,1")
    }

    func testQuotaFulfilmentPerProgrammeAndSubQuota() {
        let lines = QuotaFulfilment(instance: ReportFixture.instance, plan: ReportFixture.plan).lines
        XCTAssertEqual(lines.map(\.minimum), [3, 2, 2, 0])
        XCTAssertEqual(lines.map(\.assigned), [2, 1, 2, 1])
        XCTAssertEqual(lines.map(\.shortfall), [1, 1, 0, 0])
        XCTAssertEqual(lines[1].scope, QuotaFulfilment.Scope(kind: .district, id: "D2"))
    }
}
