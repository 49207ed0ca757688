import Foundation

/// Everything the controllers share: the store's repositories, the solve queue, the files and the settings.
struct WebServices: Sendable {
    let configuration: WebConfiguration
    let paths: DataPaths
    let database: AppDatabase
    let users: UserRepository
    let sessions: SessionRepository
    let instances: InstanceRepository
    let solves: SolveRepository
    let audit: AuditRepository
    let queue: SolveQueue
    let throttle: LoginThrottle
    let terms: TermCache
    let reports: PlanReports

    init(configuration: WebConfiguration, bcryptCost: UInt8 = 12) throws {
        self.configuration = configuration
        paths = DataPaths(root: configuration.dataDirectory)
        try paths.createFolders()
        database = try AppDatabase(path: paths.database)
        var users = UserRepository(database: database)
        users.bcryptCost = bcryptCost
        self.users = users
        sessions = SessionRepository(database: database)
        instances = InstanceRepository(database: database)
        solves = SolveRepository(database: database)
        audit = AuditRepository(database: database)
        queue = SolveQueue(solves: solves, audit: audit, paths: paths, executable: configuration.solverExecutable,
                           limit: configuration.concurrentSolves)
        terms = TermCache(paths: paths)
        reports = PlanReports(paths: paths, terms: terms)
        throttle = LoginThrottle(limit: configuration.loginAttempts, window: configuration.loginWindowSeconds)
    }
}
