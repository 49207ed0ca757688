import Testing
import PlanCheck

@Suite struct StructureTests {
    @Test func unknownIdsDuplicatesAndMalformedRowsAreReported() throws {
        let plan = PlanFiles(
            cohorts: [
                "K1,PX,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,2",
                "K1,P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,2",
                "K5,P4,CX,2026-09-10,1",
                "K6,P4,C2,2026-09-3x,1",
                "K7,P4,C2,2026-09-10,1",
                "K8,P4,C2,2026-09-11,one",
            ],
            assignments: ["T1,K1", "T1,K1", "TX,K1", "T2,KX", "T2,K8"],
            summary: nil
        )
        let report = try CheckFixture.check(plan)
        // Each problem of a row at its row (the header is row 1).
        #expect(report.messages(of: "STRUCTURE") == [
            "cohorts.csv row 2, column \"program\": Cohort K1: unknown programme \"PX\"",
            "cohorts.csv row 3, column \"cohort\": Duplicate cohort id \"K1\"",
            "cohorts.csv row 4, column \"site\": Cohort K5: unknown site \"CX\"",
            "cohorts.csv row 5, column \"sessions\": Cohort K6: malformed sessions: \"2026-09-3x\" is not a date or range (expected such as 2026-10-12..2026-10-16, several separated by ;)",
            "cohorts.csv row 7, column \"size\": Cohort K8: malformed size \"one\"",
            "assignments.csv row 3: Teacher T1 is assigned to cohort K1 twice",
            "assignments.csv row 4, column \"teacher\": Cohort K1: unknown teacher \"TX\"",
            "assignments.csv row 5, column \"cohort\": Teacher T2: unknown cohort \"KX\"",
            "Cohort K7 has no teachers",
        ])
    }

    /// An id typed with a Chinese input method (full width) or in another case is named with the known id it
    /// looks like.
    @Test func lookAlikeIdsAreNamed() throws {
        var plan = CheckFixture.validPlan
        plan.cohorts?[0] = "K1,ｐ1,Ｃ1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,2"
        plan.assignments?[0] = "Ｔ１,K1"
        plan.assignments?[1] = "T2,k1"
        let report = try CheckFixture.check(plan)
        let hint = { (id: String) in "; did you mean \"\(id)\"? (it differs only in case, spaces or in how characters are written, such as full width)" }
        let expected: [String] = [
            "cohorts.csv row 2, column \"program\": Cohort K1: unknown programme \"ｐ1\"" + hint("P1"),
            "cohorts.csv row 2, column \"site\": Cohort K1: unknown site \"Ｃ1\"" + hint("C1"),
            "assignments.csv row 2, column \"teacher\": Cohort K1: unknown teacher \"Ｔ１\"" + hint("T1"),
            "assignments.csv row 3, column \"cohort\": Teacher T2: unknown cohort \"k1\"" + hint("K1"),
        ]
        #expect(Array(report.messages(of: "STRUCTURE").prefix(4)) == expected)
    }

    /// A plan edited in Excel and saved as CSV writes its dates `2026/9/7`; ranges written as Chinese text
    /// writes them read as the instance's date lists do. The plan stays the valid plan it was.
    @Test func sessionsInExcelsAndChineseFormsAreTheSameSessions() throws {
        var plan = CheckFixture.validPlan
        plan.cohorts?[0] = "K1,P1,C1,2026/9/7至2026/9/8；2026年9月26日至27日,2"
        let report = try CheckFixture.check(plan)
        #expect(report.violations.isEmpty, "\(report.violations)")

        // A session naming no day is told as such, quoting that session alone.
        plan.cohorts?[0] = "K1,P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-31,2"
        #expect(try CheckFixture.check(plan).messages(of: "STRUCTURE").first
                == "cohorts.csv row 2, column \"sessions\": Cohort K1: malformed sessions: date \"2026-09-31\" does not exist (2026-09 has 30 days)")
    }

    /// An empty program, site or size cell is named as empty at its row and column, not as an unknown id "".
    @Test func emptyCellsAreNamedAsEmpty() throws {
        var plan = CheckFixture.validPlan
        plan.cohorts?[0] = "K1,,,2026-09-07..2026-09-08;2026-09-26..2026-09-27,"
        let report = try CheckFixture.check(plan)
        #expect(report.messages(of: "STRUCTURE").prefix(3) == [
            "cohorts.csv row 2, column \"program\": the cell is empty",
            "cohorts.csv row 2, column \"site\": the cell is empty",
            "cohorts.csv row 2, column \"size\": the cell is empty",
        ])
    }

    @Test func sizeColumnMustMatchAssignedTeachers() throws {
        var plan = CheckFixture.validPlan
        plan.cohorts?[0] = "K1,P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,3"
        let report = try CheckFixture.check(plan)
        #expect(report.messages(of: "STRUCTURE") == ["Cohort K1: size says 3 but 2 teachers are assigned"])
        #expect(report.violations.count == 1)
    }

    @Test func reversedRangeIsMalformed() throws {
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts?[2] = "K3,P3,E1,2026-09-16..2026-09-14,1"
        let report = try CheckFixture.check(plan)
        #expect(report.messages(of: "STRUCTURE") == ["cohorts.csv row 4, column \"sessions\": Cohort K3: malformed sessions: date range \"2026-09-16..2026-09-14\" ends before it starts"])
    }
}
