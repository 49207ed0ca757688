import CGLPK
import MIP
import CGLPKShim

// The only file that calls GLPK. Everything here must run inside one
// `GLPKEnvironment.runSession` on one thread (see DedicatedThread.swift):
// GLPK keeps per-thread state, and a problem must be deleted by the thread that made it.

/// GLPK's process-wide entry points.
enum GLPKEnvironment {
    /// glp_version()
    static var version: String { String(cString: glp_version()) }

    /// Runs `body` as one GLPK session (glpk_shim_run_session): GLPK fatal errors jump
    /// back here instead of aborting, and the thread's GLPK environment is freed afterwards.
    /// Returns false after a fatal error; every GLPK object of the session is then gone.
    static func runSession(_ body: @escaping () -> Void) -> Bool {
        let box = SessionBody(body)
        let outcome = glpk_shim_run_session(
            { context in Unmanaged<SessionBody>.fromOpaque(context!).takeUnretainedValue().run() },
            Unmanaged.passUnretained(box).toOpaque()
        )
        withExtendedLifetime(box) {}
        return outcome == 0
    }

    /// Sends all of this thread's GLPK terminal output to `output` (glp_term_hook) instead of stdout.
    /// `output` must outlive the session.
    static func routeTerminalOutput(to output: TerminalOutput) {
        glp_term_hook(
            { info, text in
                guard let info, let text else { return 1 }
                Unmanaged<TerminalOutput>.fromOpaque(info).takeUnretainedValue().receive(String(cString: text))
                return 1  // non-zero: GLPK must not print it itself
            },
            Unmanaged.passUnretained(output).toOpaque()
        )
    }

    /// Test support: makes GLPK detect a fatal error (a column index out of range), which only
    /// the session's escape can survive.
    static func provokeFatalError() {
        let problem = glp_create_prob()
        glp_set_col_bnds(problem, 1, GLPKBoundType.lowerOnly.rawValue, 0, 0)
    }
}

private final class SessionBody {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// A GLPK problem object (glp_prob) set up for minimisation. Call `delete()` on the thread that
/// created it before the session ends; it is a plain handle, never freed in a deinit.
struct GLPKProblem {
    private let handle: OpaquePointer

    init(name: String) {
        handle = glp_create_prob()
        glp_set_prob_name(handle, name)
        glp_set_obj_dir(handle, GLP_MIN)
    }

    func delete() { glp_delete_prob(handle) }

    // MARK: Building

    /// Appends `count` columns; GLPK numbers columns from 1.
    func addColumns(_ count: Int) {
        if count > 0 { glp_add_cols(handle, Int32(count)) }
    }

    func setColumn(
        _ column: Int32, name: String, kind: GLPKColumnKind, bounds: GLPKBoundType,
        lower: Double, upper: Double, cost: Double
    ) {
        glp_set_col_name(handle, column, name)
        glp_set_col_kind(handle, column, kind.rawValue)
        // GLP_BV already sets the bounds [0, 1]; setting them again would be harmless but redundant.
        if kind != .binary { glp_set_col_bnds(handle, column, bounds.rawValue, lower, upper) }
        glp_set_obj_coef(handle, column, cost)
    }

    /// Appends `count` rows; GLPK numbers rows from 1.
    func addRows(_ count: Int) {
        if count > 0 { glp_add_rows(handle, Int32(count)) }
    }

    /// `columns` are 1-based and distinct; `coefficients` run parallel to them.
    func setRow(
        _ row: Int32, name: String, bounds: GLPKBoundType, lower: Double, upper: Double,
        columns: [Int32], coefficients: [Double]
    ) {
        glp_set_row_name(handle, row, name)
        glp_set_row_bnds(handle, row, bounds.rawValue, lower, upper)
        // glp_set_mat_row reads ind[1...len] and val[1...len]: element 0 is a placeholder.
        let indices = [0] + columns
        let values = [0] + coefficients
        glp_set_mat_row(handle, row, Int32(columns.count), indices, values)
    }

    /// The objective's constant term is GLPK's column 0 (glp_set_obj_coef with j = 0).
    func setObjectiveConstant(_ constant: Double) {
        glp_set_obj_coef(handle, 0, constant)
    }

    /// glp_scale_prob with GLP_SF_AUTO, as glpsol does; the API itself never scales.
    func scale() {
        glp_scale_prob(handle, GLP_SF_AUTO)
    }

    // MARK: Solving

    /// glp_set_col_stat and glp_set_row_stat from a basis of this problem's size (`LPBasis.fits`). GLPK
    /// itself turns a non-basic status that does not match a variable's bounds into the one that does.
    func setBasis(_ basis: LPBasis) {
        for (index, status) in basis.columns.enumerated() {
            glp_set_col_stat(handle, Int32(index + 1), GLPKBasisStatus(status).rawValue)
        }
        for (index, status) in basis.rows.enumerated() {
            glp_set_row_stat(handle, Int32(index + 1), GLPKBasisStatus(status).rawValue)
        }
    }

    /// glp_adv_basis: a triangular basis holding as many structural columns as it can in place of the slacks
    /// of equality rows, as glpsol starts. Call after `scale`. The new problem's own basis (every slack basic)
    /// leaves each equality row infeasible: county-tight-away-s1's pooled JY01 LP took over 60 s from it and
    /// 7.3 s from this one (glpsol, dual simplex, no presolve).
    func useAdvancedBasis() { glp_adv_basis(handle, 0) }

    /// glp_simplex; returns its return code.
    func solveLP(_ settings: SimplexSettings) -> Int32 {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = settings.messageLevel.rawValue
        parameters.meth = settings.method.rawValue
        parameters.r_test = settings.ratioTest.rawValue
        parameters.presolve = glpkSwitch(settings.presolve)
        parameters.tm_lim = settings.timeLimitMilliseconds
        return glp_simplex(handle, &parameters)
    }

    /// glp_intopt with `monitor` as the branch-and-cut callback; returns its return code.
    /// Without presolve the LP relaxation must have been solved to optimality first.
    func solveMIP(_ settings: BranchAndCutSettings, monitor: SearchMonitor) -> Int32 {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = settings.messageLevel.rawValue
        parameters.br_tech = settings.branching.glpkCode
        parameters.bt_tech = settings.backtracking.glpkCode
        parameters.mip_gap = settings.relativeGap
        parameters.presolve = glpkSwitch(settings.presolve)
        parameters.fp_heur = glpkSwitch(settings.feasibilityPump)
        parameters.ps_heur = glpkSwitch(settings.proximitySearch)
        parameters.ps_tm_lim = settings.proximitySearchMilliseconds
        parameters.gmi_cuts = settings.gomoryCuts
        parameters.mir_cuts = settings.mixedIntegerRoundingCuts
        parameters.cov_cuts = settings.coverCuts
        parameters.clq_cuts = settings.cliqueCuts
        parameters.tm_lim = settings.timeLimitMilliseconds
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().handle(GLPKTree(handle: tree))
        }
        parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
        return withExtendedLifetime(monitor) { glp_intopt(handle, &parameters) }
    }

    // MARK: Reading the LP (basic) solution

    /// glp_get_status
    var lpStatus: GLPKSolutionStatus? { GLPKSolutionStatus(rawValue: glp_get_status(handle)) }
    /// glp_get_prim_stat
    var lpPrimalStatus: GLPKSolutionStatus? { GLPKSolutionStatus(rawValue: glp_get_prim_stat(handle)) }
    /// glp_get_dual_stat
    var lpDualStatus: GLPKSolutionStatus? { GLPKSolutionStatus(rawValue: glp_get_dual_stat(handle)) }
    /// glp_get_obj_val, constant included
    var lpObjective: Double { glp_get_obj_val(handle) }
    /// glp_get_col_prim for every column, in column order
    var lpColumnValues: [Double] { (0..<columnCount).map { glp_get_col_prim(handle, Int32($0 + 1)) } }
    /// glp_get_row_dual for every row, in row order
    var lpRowDuals: [Double] { (0..<rowCount).map { glp_get_row_dual(handle, Int32($0 + 1)) } }
    /// glp_get_col_stat and glp_get_row_stat for every column and row, with the basic solution's feasibility.
    var lpBasis: LPBasis {
        let columns: [LPBasis.Status] = (0..<columnCount).map { column in
            GLPKBasisStatus(rawValue: glp_get_col_stat(handle, Int32(column + 1)))?.status ?? .atLower
        }
        let rows: [LPBasis.Status] = (0..<rowCount).map { row in
            GLPKBasisStatus(rawValue: glp_get_row_stat(handle, Int32(row + 1)))?.status ?? .basic
        }
        return LPBasis(columns: columns, rows: rows, primalFeasible: lpPrimalStatus == .feasible,
                       dualFeasible: lpDualStatus == .feasible)
    }
    /// glp_get_it_cnt: simplex iterations so far on this problem.
    var simplexIterations: Int { Int(glp_get_it_cnt(handle)) }

    // MARK: Reading the MIP solution

    /// glp_mip_status
    var mipStatus: GLPKSolutionStatus? { GLPKSolutionStatus(rawValue: glp_mip_status(handle)) }
    /// glp_mip_obj_val, constant included
    var mipObjective: Double { glp_mip_obj_val(handle) }
    /// glp_mip_col_val for every column, in column order
    var mipColumnValues: [Double] { (0..<columnCount).map { glp_mip_col_val(handle, Int32($0 + 1)) } }

    private var columnCount: Int { Int(glp_get_num_cols(handle)) }
    private var rowCount: Int { Int(glp_get_num_rows(handle)) }

    // MARK: Export

    /// glp_write_mps in free format; returns its return code (0 = written).
    func writeFreeMPS(to path: String) -> Int32 {
        glp_write_mps(handle, GLPKMPSFormat.free.rawValue, nil, path)
    }

    /// glp_write_lp (CPLEX LP format); returns its return code (0 = written).
    func writeCPLEXLP(to path: String) -> Int32 {
        glp_write_lp(handle, nil, path)
    }
}

/// The branch-and-cut tree (glp_tree) as seen from inside the intopt callback.
struct GLPKTree {
    fileprivate let handle: OpaquePointer

    /// glp_ios_reason; nil for a reason this backend does not know.
    var event: GLPKSearchEvent? { GLPKSearchEvent(rawValue: glp_ios_reason(handle)) }

    /// glp_mip_obj_val of the tree's problem when it has an incumbent (glp_mip_status GLP_FEAS).
    var incumbentObjective: Double? {
        let problem = glp_ios_get_prob(handle)
        guard glp_mip_status(problem) == GLPKSolutionStatus.feasible.rawValue else { return nil }
        return glp_mip_obj_val(problem)
    }

    /// The lowest local bound of the active subproblems, a global lower bound:
    /// glp_ios_node_bound(T, glp_ios_best_node(T)). Nil before any subproblem has a bound.
    var bestBound: Double? {
        let node = glp_ios_best_node(handle)
        guard node != 0 else { return nil }
        let bound = glp_ios_node_bound(handle, node)
        // GLPK marks a subproblem whose LP is not solved yet with -DBL_MAX.
        return bound > -Double.greatestFiniteMagnitude ? bound : nil
    }

    /// Subproblems created so far (t_cnt of glp_ios_tree_size).
    var createdNodes: Int {
        var active: Int32 = 0, inTree: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(handle, &active, &inTree, &total)
        return Int(total)
    }

    /// Of `columns` (GLPK's 1-based numbers), the most fractional one GLPK may branch on at this node
    /// (glp_ios_can_branch); ties go to the first. Nil when none may.
    func mostFractional(among columns: [Int32]) -> Int32? {
        let problem = glp_ios_get_prob(handle)
        var best: Int32?
        var bestDistance = 0.0
        for column in columns where glp_ios_can_branch(handle, column) != 0 {
            let value = glp_get_col_prim(problem, column)
            let distance = min(value - value.rounded(.down), value.rounded(.up) - value)
            if best == nil || distance > bestDistance {
                best = column
                bestDistance = distance
            }
        }
        return best
    }

    /// glp_ios_branch_upon with GLPK's own choice of the branch to explore first.
    func branch(on column: Int32) {
        glp_ios_branch_upon(handle, column, GLP_NO_BRNCH)
    }

    /// glp_ios_terminate: glp_intopt then returns GLP_ESTOP.
    func terminate() { glp_ios_terminate(handle) }

    /// glp_ios_heur_sol: offers a full solution, in column order, as a new incumbent. GLPK does not
    /// check feasibility, so check it first. Returns true when GLPK took it (it must beat the incumbent).
    func offerSolution(_ values: [Double]) -> Bool {
        glp_ios_heur_sol(handle, [0] + values) == 0
    }
}
