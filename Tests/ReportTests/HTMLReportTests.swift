import Reports
import TrainPlanCore
import XCTest

final class HTMLReportTests: XCTestCase {
    func testReportHasEverySection() throws {
        let html = ReportFixture.text(try ReportFixture.files(), "report.html")
        for id in ["status", "kpis", "quotas", "gantt", "heatmap", "map"] {
            XCTAssertTrue(html.contains("<section id=\"\(id)\">"), "missing section \(id)")
        }
        XCTAssertTrue(html.contains("<html lang=\"zh-CN\">"))
        XCTAssertTrue(html.contains("名额落实"))
    }

    func testReportIsSelfContained() throws {
        let html = ReportFixture.text(try ReportFixture.files(), "report.html")
        for external in ["<script", "<link", "src=", "@import", "url(", "http://www.w3.org/1999", "https:"] {
            XCTAssertFalse(html.contains(external), "found \(external)")
        }
    }

    func testNamesAreEscaped() throws {
        let files = try ReportFixture.files()
        let html = ReportFixture.text(files, "report.html")
        XCTAssertTrue(html.contains("&lt;二小&gt;&amp;"))
        XCTAssertFalse(html.contains("<二小>"))
        let notice = ReportFixture.text(files, "notices/S2.html")
        XCTAssertTrue(notice.contains("王&lt;五&gt;"))
        XCTAssertFalse(notice.contains("<五>"))
    }

    func testQuotaShortfallIsExplained() throws {
        let html = ReportFixture.text(try ReportFixture.files(), "report.html")
        XCTAssertTrue(html.contains("<tr class=\"short\">"))
        XCTAssertTrue(html.contains("缺口原因"))
        XCTAssertTrue(html.contains("P1 数学骨干研修, 第一期; 集中 缺 2 人"))
    }

    func testStatusComesFromTheSummaryWhenThereIsOne() throws {
        let summaryJSON = """
        {"status":"feasible","objective":1234.5,"bound":1200,"gap":0.0279,"seconds":3.2,"input_hash":"h",
         "glpk_version":"5.0","options":{},"kpis":{"shortfall_total":2,"shortfall_by_program":{"P1":2},
         "teaching_days_lost":12,"work_study_cost":0,"concentration_cost":0,"travel_km":0,"cohorts_opened":3,
         "cohort_cost":0,"priority_reward":0}}
        """
        let summary = try JSONDecoder().decode(PlanSummary.self, from: Data(summaryJSON.utf8))
        let writer = ReportWriter(instance: ReportFixture.instance, plan: ReportFixture.plan, summary: summary, language: .zh)
        let html = ReportFixture.text(try writer.files(), "report.html")
        XCTAssertTrue(html.contains("可行（未证明最优）"))
        XCTAssertTrue(html.contains("<dd>1234.5</dd>"))
        XCTAssertTrue(html.contains("<dd>2.7900%</dd>"))
    }

    func testEnglishReport() throws {
        let html = ReportFixture.text(try ReportFixture.files(.en), "report.html")
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        XCTAssertTrue(html.contains("Key figures"))
        XCTAssertFalse(html.contains("关键指标"))
    }

    func testNoticePageIsPrintableA4() throws {
        let notice = ReportFixture.text(try ReportFixture.files(), "notices/S1.html")
        XCTAssertTrue(notice.contains("@page { size: A4"))
        XCTAssertTrue(notice.contains("<td>张三</td><td>T1</td><td>数学骨干研修, 第一期; 集中</td><td>县教师发展中心</td>"
            + "<td>2026-09-07 至 2026-09-08；2026-09-14 至 2026-09-15</td><td class=\"num\">24</td>"))
    }
}
