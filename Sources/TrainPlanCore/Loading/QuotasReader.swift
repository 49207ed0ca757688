/// Reads quotas.csv: sub-quotas by district or school.
enum QuotasReader {
    static func read(_ sheet: Sheet, _ context: LoadingContext, _ log: inout IssueLog) -> [Quota] {
        let programmeIDs = context.programmes.map { Set($0.map(\.id)) }
        let schoolIDs = context.schools.map { Set($0.map(\.id)) }
        let districts = context.schools.map { Set($0.map(\.district)) }
        var keys = UniqueKeys()
        var quotas: [Quota] = []
        for row in sheet.rows {
            let program = row.required("program", &log)
            let scope = row.requiredChoice("scope", choices: CellWords.scopeChoices, &log,
                                           parse: CellWords.quotaScope)
            let scopeID = row.required("scope_id", &log)
            let min = row.integer("min", minimum: 0, &log) ?? 0
            let max = row.integer("max", minimum: 0, &log)
            guard let program, let scope, let scopeID else { continue }
            guard keys.admit("\(program) \(scope.rawValue) \(scopeID)", row: row, column: "scope_id", &log)
            else { continue }

            LoadingContext.check(program, in: programmeIDs, as: .programme, row: row, column: "program", &log)
            switch scope {
            case .school:
                LoadingContext.check(scopeID, in: schoolIDs, as: .school, row: row, column: "scope_id", &log)
            case .district:
                LoadingContext.check(scopeID, in: districts, as: .district, row: row, column: "scope_id", &log)
            }
            if let max, min > max {
                row.log(.minAboveMax(min: min, max: max, maxColumn: row.header("max")), "min", &log)
            }
            quotas.append(Quota(program: program, scope: scope, scopeID: scopeID, min: min, max: max))
        }
        return quotas
    }
}
