import Foundation
import Hummingbird
import TrainPlanCore

/// The planners' pages: terms and upload, a term's summary and solves, a solve's live chart, a plan, the audit log.
struct PlannerPageController: Sendable {
    let services: WebServices
    let pages: PageRenderer

    struct SolveForm: Decodable, CSRFCarrying {
        var csrf: String?
        var timeLimit: Double

        enum CodingKeys: String, CodingKey {
            case csrf
            case timeLimit = "time_limit"
        }
    }

    struct ScenarioForm: Decodable, CSRFCarrying, ScenarioFields {
        var csrf: String?
        var title: String?
        var timeLimit: Double
        var program: String?
        var quotaMin: String?
        var quotaMax: String?
        var closeSite: String?
        var blockDates: String?
        var leave: String?
        var window: String?
        /// One checkbox per day type.
        var dayTeaching: String?
        var dayWeekend: String?
        var dayHoliday: String?
        var weightShortfall: String?
        var weightTeachingDay: String?
        var weightWeekendDay: String?
        var weightHolidayDay: String?
        var weightConcentration: String?
        var weightKm: String?
        var weightPriority: String?

        var chosenDayTypes: [String] {
            [("teaching", dayTeaching), ("weekend", dayWeekend), ("holiday", dayHoliday)].compactMap { $0.1 == nil ? nil : $0.0 }
        }

        var chosenWeights: [String: String] {
            let values = [weightShortfall, weightTeachingDay, weightWeekendDay, weightHolidayDay, weightConcentration, weightKm, weightPriority]
            return Dictionary(uniqueKeysWithValues: zip(ScenarioDraft.weightKeys, values).compactMap { key, value in value.map { (key, $0) } })
        }

        enum CodingKeys: String, CodingKey {
            case csrf, title, program, leave, window
            case timeLimit = "time_limit"
            case quotaMin = "quota_min"
            case quotaMax = "quota_max"
            case closeSite = "close_site"
            case blockDates = "block_dates"
            case dayTeaching = "day_teaching"
            case dayWeekend = "day_weekend"
            case dayHoliday = "day_holiday"
            case weightShortfall = "weight_shortfall"
            case weightTeachingDay = "weight_teaching_day"
            case weightWeekendDay = "weight_weekend_day"
            case weightHolidayDay = "weight_holiday_day"
            case weightConcentration = "weight_concentration"
            case weightKm = "weight_km"
            case weightPriority = "weight_priority"
        }
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("terms", use: terms)
        group.get("terms/:id", use: term)
        group.post("terms/:id/solve", use: solve)
        group.post("terms/:id/scenario", use: scenario)
        group.get("solves/:id", use: solvePage)
        group.post("solves/:id/stop", use: stop)
        group.get("plans/:id", use: plan)
        group.get("plans/:id/report.html", use: report)
        group.post("plans/:id/publish", use: publish)
        group.get("audit", use: audit)
    }

    @Sendable func terms(request: Request, context: WebContext) async throws -> Response {
        let rows: [[String: Any]] = try await services.instances.all().map { record in
            ["id": record.id!, "name": record.name, "uploadedBy": record.uploadedBy,
             "uploadedAt": Self.time(record.uploadedAt), "published": record.publishedSolveId != nil]
        }
        return pages.render("terms", title: text(context)["terms"]!, values: ["terms": rows, "hasTerms": !rows.isEmpty],
                            request: request, context: context)
    }

    @Sendable func term(request: Request, context: WebContext) async throws -> Response {
        let record = try await instance(context)
        let summary = InstanceSummary.read(from: services.paths.instance(record.id!))
        let solves: [[String: Any]] = try await services.solves.of(instance: record.id!).map { solve in
            ["id": solve.id!, "status": PageText.status(solve.status, context.language),
             "incumbent": Self.number(solve.incumbent), "gap": Self.percent(solve.gap), "hasPlan": solve.hasPlan,
             "published": record.publishedSolveId == solve.id, "requestedBy": solve.requestedBy,
             "kind": Self.kindText(solve, context.language), "note": solve.note]
        }
        var values: [String: Any] = ["id": record.id!, "name": record.name, "solves": solves, "hasSolves": !solves.isEmpty,
                                     "defaultTimeLimit": 60,
                                     "programmeIds": summary?.programmes.map { ["id": $0.id, "name": $0.name] } ?? [],
                                     "siteIds": summary?.sites.map { ["id": $0.id, "name": $0.name] } ?? [],
                                     "weightFields": try await weightFields(record, context)]
        if let summary {
            values["summary"] = [
                "calendarStart": summary.calendarStart, "calendarEnd": summary.calendarEnd,
                "teachers": summary.teachers, "schools": summary.schools,
                "byStage": summary.teachersByStage.map { ["key": $0.key, "count": $0.count] },
                "byDistrict": summary.teachersByDistrict.map { ["key": $0.key, "count": $0.count] },
                "sites": summary.sites.map { ["id": $0.id, "name": $0.name, "kind": $0.kind, "seats": $0.seats.map(String.init) ?? "—", "rooms": $0.rooms] },
                "programmes": summary.programmes.map {
                    ["id": $0.id, "name": $0.name, "mode": $0.mode, "sessions": $0.sessions, "days": $0.days,
                     "hours": Self.number($0.hours), "quotaMin": $0.quotaMin, "quotaMax": $0.quotaMax.map(String.init) ?? "—"]
                },
            ] as [String: Any]
        }
        return pages.render("term", title: record.name, values: values, request: request, context: context)
    }

    @Sendable func solve(request: Request, context: WebContext) async throws -> Response {
        let record = try await instance(context)
        let form = try await request.decodeForm(as: SolveForm.self, context: context)
        guard form.timeLimit.isFinite, form.timeLimit > 0, form.timeLimit <= services.configuration.maxTimeLimit else {
            throw HTTPError(.unprocessableContent, message: "time limit must be in (0, \(Int(services.configuration.maxTimeLimit))] s")
        }
        let solve = try await services.solves.add(instanceId: record.id!, timeLimit: form.timeLimit, by: context.user!.name)
        await services.queue.enqueue(solve.id!)
        return .redirect(to: "/solves/\(solve.id!)")
    }

    @Sendable func scenario(request: Request, context: WebContext) async throws -> Response {
        let record = try await instance(context)
        let form = try await request.decodeForm(as: ScenarioForm.self, context: context)
        guard form.timeLimit.isFinite, form.timeLimit > 0, form.timeLimit <= services.configuration.maxTimeLimit else {
            throw HTTPError(.unprocessableContent, message: "time limit must be in (0, \(Int(services.configuration.maxTimeLimit))] s")
        }
        let draft = form.draft
        do {
            try draft.checkProgramme(context.language)
            let job = try await ScenarioJobs(services: services).start(
                instance: record, scenario: draft.toml, title: draft.title, timeLimit: form.timeLimit,
                by: context.user!.name, language: context.language)
            return .redirect(to: "/solves/\(job.id!)")
        } catch let rejection as UploadRejection {
            let rows: [[String: Any]] = rejection.issues.map {
                ["file": $0.file, "row": $0.row.map(String.init) ?? "", "column": $0.column ?? "", "message": $0.message]
            }
            return pages.render("errors", title: text(context)["scenarioErrors"]!,
                                values: ["errors": rows, "back": "/terms/\(record.id!)"], request: request, context: context,
                                status: .unprocessableContent)
        }
    }

    @Sendable func solvePage(request: Request, context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let solve = try await services.solves.find(id),
              let record = try await services.instances.find(solve.instanceId) else { throw HTTPError(.notFound, message: "not found") }
        var values: [String: Any] = [
            "id": id, "instanceId": record.id!, "instanceName": record.name, "status": solve.status.rawValue,
            "statusText": PageText.status(solve.status, context.language), "timeLimit": Self.number(solve.timeLimit),
            "active": !solve.status.isOver, "hasPlan": solve.hasPlan, "message": solve.message ?? "",
            "isWhatIf": solve.kind == .whatif, "isFrontier": solve.kind == .frontier, "isReplan": solve.kind == .replan,
            "showsChart": solve.kind == .solve, "writesPlan": solve.kind.writesPlan, "scenarioTitle": solve.scenarioTitle ?? "",
            "note": solve.note, "hasNote": !solve.note.isEmpty, "dropped": (solve.parameters ?? "").replacingOccurrences(of: ",", with: ", "),
            "statusTexts": String(decoding: try JSONSerialization.data(withJSONObject: [
                "queued", "running", "finished", "stopped", "failed", "interrupted",
            ].reduce(into: [String: String]()) { $0[$1] = PageText.status(SolveStatus(rawValue: $1)!, context.language) }), as: UTF8.self),
        ]
        if let base = solve.basePlanId { values["basePlan"] = base }
        let title = "\(Self.kindText(solve, context.language)) #\(id)"
        return pages.render("solve", title: title, values: values, request: request, context: context)
    }

    @Sendable func stop(request: Request, context: WebContext) async throws -> Response {
        _ = try await request.decodeForm(as: PlainForm.self, context: context)
        guard let id = context.parameters.get("id", as: Int64.self), try await services.solves.find(id) != nil else {
            throw HTTPError(.notFound, message: "not found")
        }
        _ = try await services.queue.stop(id, by: context.user!.name)
        return .redirect(to: "/solves/\(id)")
    }

    @Sendable func plan(request: Request, context: WebContext) async throws -> Response {
        let solve = try await findPlan(services, context)
        guard let record = try await services.instances.find(solve.instanceId) else { throw HTTPError(.notFound, message: "not found") }
        let summary = PlanSummaryFile(planFolder: services.paths.plan(solve.id!))
        let kpis = summary?.kpis ?? [:]
        let t = text(context)
        func kpi(_ label: String, _ key: String, digits: Int = 0) -> [String: String] {
            ["label": t[label]!, "value": Self.number(kpis[key] as? Double ?? (kpis[key] as? Int).map(Double.init), digits: digits)]
        }
        var cards: [[String: String]] = [
            ["label": t["status"]!, "value": solve.planStatus.map { PageText.planStatus($0, context.language) } ?? "—"],
            ["label": t["objective"]!, "value": Self.number(solve.incumbent)],
            ["label": t["bound"]!, "value": Self.number(solve.bound)],
            ["label": t["gap"]!, "value": Self.percent(solve.gap)],
            kpi("shortfall", "shortfall_total"),
            kpi("teachingDaysLost", "teaching_days_lost"),
            kpi("travelKm", "travel_km"),
            kpi("cohortsOpened", "cohorts_opened"),
        ]
        var values: [String: Any] = [
            "id": solve.id!, "instanceId": record.id!, "instanceName": record.name, "cards": cards,
            "published": record.publishedSolveId == solve.id, "links": PlanLinks(solveId: solve.id!, status: solve.planStatus ?? "").asDictionary,
            "note": solve.note, "hasNote": !solve.note.isEmpty,
        ]
        if solve.kind == .replan, let base = solve.basePlanId {
            values["basePlan"] = base
            let changes = try await ReplanChanges.of(solve, services: services)
            // A re-plan minimises seats left empty and seats changed before cost; the bound of that search says
            // nothing about the plan's cost, so its cards show the teachers changed instead.
            cards.removeAll { $0["label"] == t["bound"] || $0["label"] == t["gap"] }
            cards.insert(["label": t["teachersChanged"]!, "value": String(Set(changes.changes.map(\.teacher)).count)], at: 1)
            values["cards"] = cards
            let replacements = changes.replacements(context.language)
            var shown = Self.changeTable(changes, context.language)
            shown["summary"] = changes.notice(context.language).text().split(separator: "\n").first.map(String.init) ?? ""
            shown["replacements"] = replacements
            shown["hasReplacements"] = !replacements.isEmpty
            values["replan"] = shown
        }
        let title = solve.kind == .replan ? "\(t["kind_replan"]!) #\(solve.id!) · \(record.name)" : "\(t["plan"]!) #\(solve.id!) · \(record.name)"
        return pages.render("plan", title: title, values: values, request: request, context: context)
    }

    @Sendable func report(request: Request, context: WebContext) async throws -> Response {
        let solve = try await findPlan(services, context)
        let folder = try await services.reports.folder(solve, language: context.language)
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("report.html")) else {
            throw HTTPError(.notFound, message: "this plan has no report")
        }
        return htmlResponse(data)
    }

    @Sendable func publish(request: Request, context: WebContext) async throws -> Response {
        _ = try await request.decodeForm(as: PlainForm.self, context: context)
        let solve = try await findPlan(services, context)
        try await services.instances.publish(instanceId: solve.instanceId, solveId: solve.id!, by: context.user!.name)
        return .redirect(to: "/plans/\(solve.id!)")
    }

    @Sendable func audit(request: Request, context: WebContext) async throws -> Response {
        let rows: [[String: Any]] = try await services.audit.latest(500).map {
            ["at": Self.time($0.at), "user": $0.userName, "action": $0.action, "detail": $0.detail]
        }
        return pages.render("audit", title: text(context)["audit"]!, values: ["entries": rows], request: request, context: context)
    }

    private func instance(_ context: WebContext) async throws -> InstanceRecord {
        guard let id = context.parameters.get("id", as: Int64.self), let record = try await services.instances.find(id) else {
            throw HTTPError(.notFound, message: "no such term")
        }
        return record
    }

    private func text(_ context: WebContext) -> [String: String] { PageText.table(context.language) }

    /// A job's kind in words, with the scenario's title or the frontier's programme.
    static func kindText(_ solve: SolveRecord, _ language: Language) -> String {
        let t = PageText.table(language)
        return switch solve.kind {
        case .solve: t["solve"]!
        case .whatif: "\(t["whatif"]!): \(solve.scenarioTitle ?? "")"
        case .replan: t["kind_replan"]!
        case .frontier: "\(t["kind_frontier"]!): \(solve.scenarioTitle ?? "")"
        }
    }

    /// A change list as the `changes` partial shows it (the re-plan notice's table, in the reader's language).
    static func changeTable(_ changes: ReplanChanges, _ language: Language) -> [String: Any] {
        let table = changes.notice(language).table()
        return ["changeHeader": table.header, "changeRows": table.rows.map { ["cells": $0] }, "hasChanges": !table.rows.isEmpty]
    }

    /// The weights the what-if form may change, each with the term's current value as its placeholder.
    private func weightFields(_ record: InstanceRecord, _ context: WebContext) async throws -> [[String: String]] {
        let current: [String: Double] = (try? await services.terms.instance(record.id!).weights).map { weights in
            ["shortfall": weights.shortfall, "teaching_day": weights.teachingDay, "weekend_day": weights.weekendDay,
             "holiday_day": weights.holidayDay, "concentration": weights.concentration, "km": weights.km, "priority": weights.priority]
        } ?? [:]
        let t = text(context)
        return ScenarioDraft.weightKeys.map { key in
            ["key": key, "label": t["weight_\(key)"] ?? key, "current": current[key].map { $0 == $0.rounded() ? String(Int($0)) : "\($0)" } ?? ""]
        }
    }

    static func number(_ value: Double?, digits: Int = 1) -> String {
        guard let value else { return "—" }
        return String(format: "%.\(digits)f", value)
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f %%", value * 100)
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: date) + " UTC"
    }
}

extension PlanLinks {
    var asDictionary: [String: String] {
        ["planZip": planZip, "workbookXlsx": workbookXlsx, "calendarsZip": calendarsZip, "reportHtml": reportHtml]
    }
}
