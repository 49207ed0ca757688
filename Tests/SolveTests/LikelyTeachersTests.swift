import TestSupport
@testable import TrainPlanCore
import XCTest

/// Which teachers a large block offers GLPK (`LikelyTeachers`): the cheapest per seat by an estimate that
/// must count every cost a teacher certainly brings.
final class LikelyTeachersTests: XCTestCase {
    typealias S = SmallInstance

    /// A1 (school SA, 10 staff: soft limit floor(5 % × 10) = 0) and B1 (school SB, 20 staff: soft limit 1)
    /// cost the same but for concentration: A1's school pays 200 for each of the course's two teaching days,
    /// B1's nothing. One seat, one kept teacher per seat: B1 is kept, although A1 comes first by id.
    func testATeachingDayCourseOffersTeachersWhoseSchoolsCanSpareThemFirst() {
        var weights = S.zeroWeights()
        weights.concentration = 200
        let staffA = (1...9).map { S.teacher("AF\($0)", school: "SA", stage: .junior) }
        let staffB = (1...19).map { S.teacher("BF\($0)", school: "SB", stage: .junior) }
        let course = with(S.course("JY", quota: 1, window: [0, 1, 2, 3, 4], days: 2)) {
            $0.stages = [.primary]
            $0.dayTypes = [.teaching]
        }
        let instance = S.make(
            teachers: [S.teacher("A1", school: "SA"), S.teacher("B1", school: "SB")] + staffA + staffB,
            programmes: [course], schools: [S.school("SA"), S.school("SB")], weights: weights
        )
        let block = SolveBlock(programme: 0, district: nil, name: "JY")
        XCTAssertEqual(LikelyTeachers(instance: instance, margin: 1).forBlock(block), [1])

        var anyDay = instance
        anyDay.programmes[0].dayTypes = [.teaching, .weekend]
        XCTAssertEqual(LikelyTeachers(instance: anyDay, margin: 1).forBlock(block), [0],
                       "a course that may run at the weekend costs no concentration for certain: the tie goes by id")
    }
}
