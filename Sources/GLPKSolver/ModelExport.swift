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
