import Foundation
import GLPKSolver
import MIP
import XCTest

/// MPS and LP files written from a model, read back by glpsol (skipped where glpsol is missing).
final class ModelExportTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mip-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    func testFreeMPSSolvesToTheSameOptimumInGlpsol() throws {
        let path = directory.appendingPathComponent("facility.mps").path
        try GLPKSolver().writeMPS(modelWithConstant(), to: path)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("ROWS"))
        XCTAssertEqual(try glpsolObjective(["--freemps", path]), TestModels.facilityOptimum + 4, accuracy: 1e-6)
    }

    func testCPLEXLPSolvesToTheSameOptimumLessTheConstantInGlpsol() throws {
        let path = directory.appendingPathComponent("facility.lp").path
        try GLPKSolver().writeLP(modelWithConstant(), to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("Subject To"))
        // CPLEX LP has no objective constant: GLPK writes it as a comment that readers skip.
        XCTAssertTrue(text.contains("constant term = 4"))
        XCTAssertEqual(try glpsolObjective(["--lp", path]), TestModels.facilityOptimum, accuracy: 1e-6)
    }

    func testLongAndOddNamesStillExport() throws {
        var model = Model(name: String(repeating: "模", count: 200))
        let x = model.addVariable(String(repeating: "x", count: 300), kind: .integer, upper: 3, cost: -1)
        model.addConstraint("row\twith\ncontrols", [Term(x)], upper: 2)
        let path = directory.appendingPathComponent("odd.lp").path
        try GLPKSolver().writeLP(model, to: path)
        XCTAssertEqual(try glpsolObjective(["--lp", path]), -2, accuracy: 1e-9)
    }

    func testUnwritablePathThrows() {
        let path = directory.appendingPathComponent("missing/dir/model.mps").path
        XCTAssertThrowsError(try GLPKSolver().writeMPS(TestModels.knapsack(), to: path)) { error in
            XCTAssertEqual("\(error)", "Could not write MPS file '\(path)' (GLPK returned 1)")
        }
    }

    func testInvalidModelIsNotWritten() {
        var model = Model()
        model.addVariable("x", cost: .nan)
        let path = directory.appendingPathComponent("bad.lp").path
        XCTAssertThrowsError(try GLPKSolver().writeLP(model, to: path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    private func modelWithConstant() -> Model {
        var model = TestModels.facilityLocation()
        model.objectiveConstant = 4
        return model
    }

    /// Runs glpsol on a file and reads "Objective:  obj = 30 (MINimum)" from its solution report.
    private func glpsolObjective(_ arguments: [String]) throws -> Double {
        let glpsol = try XCTUnwrap(
            ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first { FileManager.default.isExecutableFile(atPath: $0) }
                ?? { throw XCTSkip("glpsol is not installed") }())
        let report = directory.appendingPathComponent("report.txt").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsol)
        process.arguments = arguments + ["-o", report]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        let line = try XCTUnwrap(lines.first { $0.hasPrefix("Objective:") })
        let value = try XCTUnwrap(line.split(separator: "=").last?.split(separator: " ").first)
        return try XCTUnwrap(Double(value))
    }
}
