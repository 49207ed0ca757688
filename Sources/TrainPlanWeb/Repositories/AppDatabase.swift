import Foundation
import GRDB

/// The SQLite store: one `DatabasePool` (WAL journal, readers beside one writer), migrated on open.
struct AppDatabase: Sendable {
    let pool: DatabasePool

    init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: configuration)
        try AppMigrations.migrator.migrate(pool)
    }
}
