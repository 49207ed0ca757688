import Foundation
import GLPKSolver
import MIP
import XCTest

/// MPS and LP files written from a model, read back by glpsol (Debian's glpk-utils, installed by
/// `scripts/install-deps.sh --test-tools`; the tests that need it are skipped where it is not on PATH).
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
        let glpsol = try Self.glpsol()
        let path = directory.appendingPathComponent("facility.mps").path
        try GLPKSolver().writeMPS(modelWithConstant(), to: path)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("ROWS"))
        XCTAssertEqual(try glpsolObjective(glpsol, ["--freemps", path]), TestModels.facilityOptimum + 4, accuracy: 1e-6)
    }

    func testCPLEXLPSolvesToTheSameOptimumLessTheConstantInGlpsol() throws {
        let glpsol = try Self.glpsol()
        let path = directory.appendingPathComponent("facility.lp").path
        try GLPKSolver().writeLP(modelWithConstant(), to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("Subject To"))
        // CPLEX LP has no objective constant: GLPK writes it as a comment that readers skip.
        XCTAssertTrue(text.contains("constant term = 4"))
        XCTAssertEqual(try glpsolObjective(glpsol, ["--lp", path]), TestModels.facilityOptimum, accuracy: 1e-6)
    }

    func testLongAndOddNamesStillExport() throws {
        let glpsol = try Self.glpsol()
        var model = Model(name: String(repeating: "模", count: 200))
        let x = model.addVariable(String(repeating: "x", count: 300), kind: .integer, upper: 3, cost: -1)
        model.addConstraint("row\twith\ncontrols", [Term(x)], upper: 2)
        let path = directory.appendingPathComponent("odd.lp").path
        try GLPKSolver().writeLP(model, to: path)
        XCTAssertEqual(try glpsolObjective(glpsol, ["--lp", path]), -2, accuracy: 1e-9)
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

    /// glpsol on PATH; throws XCTSkip from the calling test's body (inside XCTUnwrap or XCTAssert a skip would
    /// count as a failure).
    static func glpsol() throws -> String {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard let path = directories.map({ "\($0)/glpsol" }).first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("glpsol is not installed (Debian package glpk-utils; scripts/install-deps.sh --test-tools installs it)")
        }
        return path
    }

    /// Runs glpsol on a file and reads "Objective:  obj = 30 (MINimum)" from its solution report.
    private func glpsolObjective(_ glpsol: String, _ arguments: [String]) throws -> Double {
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
