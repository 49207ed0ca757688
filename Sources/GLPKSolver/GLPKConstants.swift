import MIP

// GLPK's #define constants under Swift names. Each case documents the C name it stands for.

/// A column's kind (glp_set_col_kind).
enum GLPKColumnKind: Int32 {
    /// GLP_CV
    case continuous = 1
    /// GLP_IV
    case integer = 2
    /// GLP_BV: integer with bounds [0, 1]; GLPK sets those bounds itself.
    case binary = 3
}

/// Which sides of a row or column are bounded (glp_set_col_bnds, glp_set_row_bnds).
enum GLPKBoundType: Int32 {
    /// GLP_FR
    case free = 1
    /// GLP_LO
    case lowerOnly = 2
    /// GLP_UP
    case upperOnly = 3
    /// GLP_DB
    case doubleBounded = 4
    /// GLP_FX: required when lower == upper (GLP_DB with equal bounds makes glp_intopt fail).
    case fixed = 5

    init(lower: Double, upper: Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): self = .free
        case (true, false): self = .lowerOnly
        case (false, true): self = .upperOnly
        case (true, true): self = lower == upper ? .fixed : .doubleBounded
        }
    }
}

/// A solution's status (glp_get_status, glp_get_prim_stat, glp_get_dual_stat, glp_mip_status).
enum GLPKSolutionStatus: Int32 {
    /// GLP_UNDEF
    case undefined = 1
    /// GLP_FEAS
    case feasible = 2
    /// GLP_INFEAS
    case infeasible = 3
    /// GLP_NOFEAS
    case noFeasible = 4
    /// GLP_OPT
    case optimal = 5
    /// GLP_UNBND
    case unbounded = 6
}

/// Return codes of glp_simplex and glp_intopt; 0 is success.
enum GLPKReturnCode: Int32 {
    case success = 0
    /// GLP_EBADB: invalid initial basis
    case invalidBasis = 0x01
    /// GLP_ESING: singular basis matrix
    case singularMatrix = 0x02
    /// GLP_ECOND: ill-conditioned basis matrix
    case illConditioned = 0x03
    /// GLP_EBOUND: invalid bounds
    case invalidBounds = 0x04
    /// GLP_EFAIL: solver failed
    case solverFailed = 0x05
    /// GLP_EOBJLL: objective lower limit reached
    case objectiveLowerLimit = 0x06
    /// GLP_EOBJUL: objective upper limit reached
    case objectiveUpperLimit = 0x07
    /// GLP_EITLIM: iteration limit exceeded
    case iterationLimit = 0x08
    /// GLP_ETMLIM: time limit exceeded
    case timeLimit = 0x09
    /// GLP_ENOPFS: no primal feasible solution (found by the presolver)
    case noPrimalFeasible = 0x0A
    /// GLP_ENODFS: no dual feasible solution (found by the presolver)
    case noDualFeasible = 0x0B
    /// GLP_EROOT: root LP optimum not provided
    case rootLPNotOptimal = 0x0C
    /// GLP_ESTOP: search terminated by the application (glp_ios_terminate)
    case stoppedByApplication = 0x0D
    /// GLP_EMIPGAP: relative MIP gap tolerance reached
    case relativeGapReached = 0x0E
}

/// Why GLPK called the branch-and-cut callback (glp_ios_reason).
enum GLPKSearchEvent: Int32 {
    /// GLP_IROWGEN
    case rowGeneration = 0x01
    /// GLP_IBINGO: a better integer solution was found
    case newIncumbent = 0x02
    /// GLP_IHEUR: the callback may offer a heuristic solution
    case heuristicRequest = 0x03
    /// GLP_ICUTGEN
    case cutGeneration = 0x04
    /// GLP_IBRANCH
    case branchingRequest = 0x05
    /// GLP_ISELECT: the next subproblem is about to be selected
    case subproblemSelection = 0x06
    /// GLP_IPREPRO
    case preprocessing = 0x07
}

/// How much GLPK prints (msg_lev).
enum GLPKMessageLevel: Int32 {
    /// GLP_MSG_ERR: warnings and errors only
    case errorsOnly = 1
    /// GLP_MSG_ON
    case normal = 2
}

/// The simplex method for the LP relaxation (smcp.meth).
enum GLPKSimplexMethod: Int32 {
    /// GLP_PRIMAL: primal simplex
    case primal = 1
    /// GLP_DUALP: dual simplex, falling back to primal if it fails
    case dualThenPrimal = 2
}

/// A row's or column's basis status (glp_set_row_stat, glp_get_col_stat, …).
enum GLPKBasisStatus: Int32 {
    /// GLP_BS
    case basic = 1
    /// GLP_NL
    case atLower = 2
    /// GLP_NU
    case atUpper = 3
    /// GLP_NF
    case free = 4
    /// GLP_NS
    case fixed = 5

    init(_ status: LPBasis.Status) {
        switch status {
        case .basic: self = .basic
        case .atLower: self = .atLower
        case .atUpper: self = .atUpper
        case .free: self = .free
        case .fixed: self = .fixed
        }
    }

    var status: LPBasis.Status {
        switch self {
        case .basic: .basic
        case .atLower: .atLower
        case .atUpper: .atUpper
        case .free: .free
        case .fixed: .fixed
        }
    }
}

/// The simplex ratio test (smcp.r_test).
enum GLPKRatioTest: Int32 {
    /// GLP_RT_FLIP: long-step ("flip-flop") test, measured much faster with the dual simplex
    case longStep = 0x33
}

/// An on/off switch in GLPK's parameter structs: GLP_ON (1), GLP_OFF (0).
func glpkSwitch(_ on: Bool) -> Int32 { on ? 1 : 0 }

/// glp_write_mps's format argument.
enum GLPKMPSFormat: Int32 {
    /// GLP_MPS_FILE: free format
    case free = 2
}

extension SolverOptions.Branching {
    /// iocp.br_tech
    var glpkCode: Int32 {
        switch self {
        case .firstFractional: 1  // GLP_BR_FFV
        case .lastFractional: 2  // GLP_BR_LFV
        case .mostFractional: 3  // GLP_BR_MFV
        case .driebeckTomlin: 4  // GLP_BR_DTH
        }
    }
}

extension SolverOptions.Backtracking {
    /// iocp.bt_tech
    var glpkCode: Int32 {
        switch self {
        case .depthFirst: 1  // GLP_BT_DFS
        case .breadthFirst: 2  // GLP_BT_BFS
        case .bestLocalBound: 3  // GLP_BT_BLB
        case .bestProjection: 4  // GLP_BT_BPH
        }
    }
}

extension GLPKSolutionStatus {
    /// The C name, for diagnostic text.
    var cName: String {
        switch self {
        case .undefined: "GLP_UNDEF"
        case .feasible: "GLP_FEAS"
        case .infeasible: "GLP_INFEAS"
        case .noFeasible: "GLP_NOFEAS"
        case .optimal: "GLP_OPT"
        case .unbounded: "GLP_UNBND"
        }
    }
}

extension GLPKReturnCode {
    /// The C name, for diagnostic text.
    var cName: String {
        switch self {
        case .success: "success"
        case .invalidBasis: "GLP_EBADB"
        case .singularMatrix: "GLP_ESING"
        case .illConditioned: "GLP_ECOND"
        case .invalidBounds: "GLP_EBOUND"
        case .solverFailed: "GLP_EFAIL"
        case .objectiveLowerLimit: "GLP_EOBJLL"
        case .objectiveUpperLimit: "GLP_EOBJUL"
        case .iterationLimit: "GLP_EITLIM"
        case .timeLimit: "GLP_ETMLIM"
        case .noPrimalFeasible: "GLP_ENOPFS"
        case .noDualFeasible: "GLP_ENODFS"
        case .rootLPNotOptimal: "GLP_EROOT"
        case .stoppedByApplication: "GLP_ESTOP"
        case .relativeGapReached: "GLP_EMIPGAP"
        }
    }
}
