import GRDB

/// The schema. A shipped migration never changes: add a new one instead.
enum AppMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("passwordHash", .text).notNull()
                t.column("role", .text).notNull().check { ["planner", "school"].contains($0) }
                t.column("school", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("tokenHash", .text)
                t.belongsTo("user", onDelete: .cascade).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "instance") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("sourceKind", .text).notNull()
                t.column("uploadedBy", .text).notNull()
                t.column("uploadedAt", .datetime).notNull()
                t.column("publishedSolveId", .integer)
            }
            try db.create(table: "solve") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("instance", onDelete: .cascade).notNull()
                t.column("requestedBy", .text).notNull()
                t.column("timeLimit", .double).notNull()
                t.column("status", .text).notNull()
                t.column("planStatus", .text)
                t.column("incumbent", .double)
                t.column("bound", .double)
                t.column("gap", .double)
                t.column("seconds", .double)
                t.column("message", .text)
                t.column("note", .text).notNull().defaults(to: "")
                t.column("createdAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
            }
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("userName", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text).notNull()
            }
        }
        migrator.registerMigration("v2-scenarios") { db in
            try db.alter(table: "solve") { t in
                t.add(column: "kind", .text).notNull().defaults(to: "solve")
                t.add(column: "scenarioTitle", .text)
            }
        }
        migrator.registerMigration("v3-replan-frontier-users") { db in
            try db.alter(table: "solve") { t in
                t.add(column: "basePlanId", .integer)
                t.add(column: "parameters", .text)
            }
            try db.alter(table: "user") { t in
                t.add(column: "disabled", .boolean).notNull().defaults(to: false)
            }
        }
        return migrator
    }
}
