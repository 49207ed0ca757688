import Foundation
import Reports
import TestSupport
import TrainPlanCore
import XCTest

/// The comparison shows each scenario beside the base with its changes; tables suit terminals and Excel.
final class WhatIfReportTests: XCTestCase {
    func testComparisonShowsDeltasAgainstTheBase() throws {
        let base = WhatIfFixture.base()
        let scenario = try WhatIfFixture.read("title = \"多一人\"\n[programs.P1]\nquota_min = 3\nquota_max = 3")
        let outcomes = [
            try ScenarioOutcome.solve(name: "base", title: "基准", instance: base, options: PlanningOptions(), diagnosisTime: nil,
                                      solver: testSolver),
            try ScenarioOutcome.solve(name: scenario.name, title: scenario.title, instance: scenario.apply(to: base),
                                      options: PlanningOptions(), diagnosisTime: nil, solver: testSolver),
        ]
        let report = ScenarioComparisonReport(outcomes: outcomes, language: .zh)
        XCTAssertEqual(report.kpiTable().header, ["指标", "基准", "多一人", "较基准"])
        let p1 = report.quotaTable().rows.first { $0[0] == "多一人" && $0[1] == "P1" }
        XCTAssertEqual(p1, ["多一人", "P1", "小学数学", "3", "3", "0", "+1", "0"])
        XCTAssertTrue(report.html().contains("<table>"))
        XCTAssertFalse(report.html().contains("<script"), "self-contained, no scripts")
    }

    func testTableAlignsChineseAndWritesExcelFriendlyCSV() {
        let table = ResultTable(header: ["项目", "n"], rows: [["数学", "12"], ["PE", "3"]], numericColumns: [1])
        XCTAssertEqual(table.terminalText(), "项目   n\n数学  12\nPE     3\n")
        XCTAssertEqual(Array(table.csv().prefix(3)), [0xEF, 0xBB, 0xBF])
    }
}
