import Foundation
import MIP

extension GLPKSolver {
    /// Writes `model` to `path` in free MPS format (glp_write_mps with GLP_MPS_FILE), readable by
    /// `glpsol --freemps`. Names are shortened and cleaned as GLPK requires (see `GLPKName`).
    public func writeMPS(_ model: Model, to path: String) throws {
        try write(model, to: path, format: "MPS") { $0.writeFreeMPS(to: path) }
    }

    /// Writes `model` to `path` in CPLEX LP format (glp_write_lp), readable by `glpsol --lp`.
    /// The format has no objective constant: GLPK writes `model.objectiveConstant` as a comment,
    /// so readers report objectives without it.
    public func writeLP(_ model: Model, to path: String) throws {
        try write(model, to: path, format: "LP") { $0.writeCPLEXLP(to: path) }
    }

    /// Writes a starting solution for the MPS or LP file of `model`: one `column_name value` line per non-zero
    /// value, with the column names as `writeMPS` writes them, so another solver reading that file can start
    /// from it (the benchmarks start HiGHS from the greedy plan this way).
    public func writeStart(_ model: Model, values: [Double], to path: String) throws {
        guard values.count == model.variables.count else {
            throw MIPError("a start of \(values.count) values for \(model.variables.count) columns")
        }
        let names = GLPKName.unique(model.variables.map(\.name))
        var text = "# column value (trainplan export --start-plan)\n"
        for (index, value) in values.enumerated() where value != 0 { text += "\(names[index]) \(value)\n" }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw MIPError(Messages.writeFailed(format: "start", path: path, returnCode: -1))
        }
    }

    private func write(
        _ model: Model, to path: String, format: String, _ writer: @escaping @Sendable (GLPKProblem) -> Int32
    ) throws {
        try ModelValidator.check(model, startingSolution: nil)
        let returnCode = try GLPKSession.run(log: nil) { _ in
            let problem = GLPKProblem(loading: model)
            defer { problem.delete() }
            return writer(problem)
        }
        guard returnCode == 0 else {
            throw MIPError(Messages.writeFailed(format: format, path: path, returnCode: returnCode))
        }
    }
}
