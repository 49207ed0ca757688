import TrainPlanCore

/// report.html: one self-contained page (inline CSS and SVG, no scripts, no fonts or files fetched)
/// with the solve status, KPI cards, quotas and why they are short, a Gantt of cohorts per site, a
/// heatmap of schools' staff away, and a map of where teachers travel.
struct HTMLReport {
    let context: ReportContext
    private var language: Language { context.language }

    func render() -> String {
        let title = language.pick("培训计划报告", "Training plan report") + " · " + context.instance.name
        return HTMLPage.document(title: title, subtitle: horizonText, language: language, main: """
        \(statusSection())
        \(kpiSection())
        \(quotaSection())
        \(ganttSection())
        \(heatmapSection())
        \(mapSection())
        """)
    }

    private var horizonText: String {
        let calendar = context.instance.calendar
        return language.pick("计划期 \(calendar.start) 至 \(calendar.end)", "Horizon \(calendar.start) to \(calendar.end)")
    }

    private func statusSection() -> String {
        var items: [(String, String)] = []
        if let summary = context.summary {
            items = [
                (language.pick("求解状态", "Status"), statusName(summary.status)),
                (language.pick("目标值", "Objective"), NumberText.format(summary.objective)),
                (language.pick("下界", "Bound"), NumberText.format(summary.bound)),
                (language.pick("相对差距", "Gap"), String(format: "%.4f%%", summary.gap * 100)),
                (language.pick("用时", "Time"), String(format: "%.1f s", summary.seconds)),
                ("GLPK", summary.glpkVersion),
            ]
        } else {
            items = [
                (language.pick("求解状态", "Status"),
                 language.pick("无 summary.json（手工计划），指标由计划重算", "no summary.json (hand-made plan); KPIs recomputed from the plan")),
                (language.pick("目标值（重算）", "Objective (recomputed)"), NumberText.format(context.metrics.objective)),
            ]
        }
        let rows = items.map { "<dt>\(HTMLText.escape($0.0))</dt><dd>\(HTMLText.escape($0.1))</dd>" }.joined()
        return section("status", language.pick("求解结果", "Solve"), "<div class=\"status\"><dl>\(rows)</dl></div>")
    }

    private func statusName(_ status: String) -> String {
        switch PlanStatus(rawValue: status) {
        case .optimal: language.pick("最优", "optimal")
        case .feasible: language.pick("可行（未证明最优）", "feasible (not proven optimal)")
        case .infeasible: language.pick("无可行方案", "infeasible")
        case .error: language.pick("出错", "error")
        case nil: status
        }
    }

    private func kpiSection() -> String {
        let metrics = context.metrics
        let ledger = HoursLedger(instance: context.instance, plan: context.plan)
        let cards: [(value: String, label: String, alert: Bool)] = [
            (String(metrics.shortfallTotal), language.pick("名额缺口（人）", "Quota shortfall (seats)"), metrics.shortfallTotal > 0),
            ("\(Set(context.assignments.map(\.teacher)).count) / \(context.instance.teachers.count)",
             language.pick("参训教师 / 全部教师", "Teachers trained / all"), false),
            (String(metrics.cohortsOpened), language.pick("开班数", "Cohorts opened"), false),
            (String(metrics.teachingDaysLost), language.pick("教学日缺课（人·天）", "Teaching days lost (teacher-days)"), false),
            (NumberText.format(metrics.travelKm.rounded()), language.pick("交通里程（公里）", "Travel (km)"), false),
            (NumberText.format(ledger.teachers.reduce(0) { $0 + $1.credited }), language.pick("本计划学时合计", "Hours credited"), false),
            (String(ledger.teachers.filter { $0.stillBehind > 0 }.count),
             language.pick("仍低于周期目标的教师", "Teachers still below the cycle target"), false),
        ]
        let html = cards.map { card in
            "<div class=\"card\(card.alert ? " alert" : "")\"><div class=\"value\">\(HTMLText.escape(card.value))</div>"
                + "<div class=\"label\">\(HTMLText.escape(card.label))</div></div>"
        }.joined()
        return section("kpis", language.pick("关键指标", "Key figures"), "<div class=\"cards\">\(html)</div>")
    }

    private func quotaSection() -> String {
        let lines = QuotaFulfilment(instance: context.instance, plan: context.plan).lines
        let headers = [language.pick("项目", "Programme"), language.pick("范围", "Scope"), language.pick("最少", "Min"),
                       language.pick("最多", "Max"), language.pick("已安排", "Assigned"), language.pick("缺口", "Shortfall")]
        var table = "<table><thead><tr>" + headers.enumerated().map { index, text in
            "<th\(index >= 2 ? " class=\"num\"" : "")>\(HTMLText.escape(text))</th>"
        }.joined() + "</tr></thead><tbody>"
        for line in lines {
            let programme = context.instance.programmes[line.programme]
            let classes = [line.scope == nil ? nil : "sub", line.shortfall > 0 ? "short" : nil].compactMap { $0 }
            let cells = [
                "\(programme.id) \(context.displayName(programme))", context.scopeText(line.scope), String(line.minimum),
                line.maximum.map(String.init) ?? "—", String(line.assigned), String(line.shortfall),
            ]
            table += "<tr\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>"
                + cells.enumerated().map { index, text in
                    "<td\(index >= 2 ? " class=\"num\"" : "")>\(HTMLText.escape(text))</td>"
                }.joined() + "</tr>"
        }
        table += "</tbody></table>"
        let reasons = ShortfallExplainer(instance: context.instance, plan: context.plan, proven: context.summary?.shortfallProven,
                                         planIsOptimal: context.summary?.status == "optimal").explain()
        if !reasons.isEmpty {
            table += "<h3>\(HTMLText.escape(language.pick("缺口原因", "Why quotas are short")))</h3><ul class=\"reasons\">"
                + reasons.map { "<li>\(HTMLText.escape($0.message(language)))</li>" }.joined() + "</ul>"
        }
        return section("quotas", language.pick("名额落实", "Quotas"), table)
    }

    private func ganttSection() -> String {
        let online = context.plan.cohorts.filter(\.sessions.isEmpty).count
        let legend = "<p class=\"legend\">" + legendItems() + swatch("#e9edf2", language.pick("周末", "weekend"))
            + swatch("#fbe3e1", language.pick("假期", "holiday")) + "</p>"
        let note = online > 0
            ? "<p class=\"note\">" + HTMLText.escape(language.pick("另有 \(online) 个网络研修班次，不占用日期。",
                                                                   "Online cohorts (\(online)) take no calendar days.")) + "</p>"
            : ""
        return section("gantt", language.pick("各培训点班次日程", "Cohorts per site over the term"),
                       "<div class=\"scroll\">\(GanttChart(context: context).svg())</div>" + legend + note)
    }

    private func heatmapSection() -> String {
        let heatmap = AwayHeatmap(context: context)
        let svg = heatmap.svg()
        let body = svg.isEmpty
            ? "<p class=\"note\">" + HTMLText.escape(language.pick("没有教师在教学日外出。", "No teacher is away on a teaching day.")) + "</p>"
            : "<div class=\"scroll\">\(svg)</div><p class=\"legend\">"
                + swatch(AwayHeatmap.colour(0.25), "")
                + swatch(AwayHeatmap.colour(0.5), "")
                + swatch(AwayHeatmap.colour(1), language.pick("外出人数占教师比例，最深 = \(NumberText.percent(heatmap.scaleTop))；白点 = 达到学校外出上限",
                                                             "share of staff away, darkest = \(NumberText.percent(heatmap.scaleTop)); white dot = school's away cap reached"))
                + "</p>"
        return section("heatmap", language.pick("各校教学日外出比例（工学矛盾）", "Share of staff away per teaching day"), body)
    }

    private func mapSection() -> String {
        let legend = "<p class=\"legend\">" + swatch("#2f6db5", language.pick("学校", "school"))
            + swatch("#c94f5d", language.pick("培训点", "site"))
            + swatch("#e07b39", language.pick("参训路线（越粗人数越多）", "teachers travelling (thicker = more)")) + "</p>"
        return section("map", language.pick("学校、培训点与参训路线", "Schools, sites and where teachers go"),
                       "<div class=\"scroll\">\(FlowMap(context: context).svg())</div>" + legend)
    }

    private func legendItems() -> String {
        let used = Set(context.plan.cohorts.filter { !$0.sessions.isEmpty }.map(\.programme)).sorted()
        return used.map { swatch(ProgrammePalette.colour($0), context.displayName(context.instance.programmes[$0])) }.joined()
    }

    private func swatch(_ colour: String, _ label: String) -> String {
        "<span><i class=\"swatch\" style=\"background:\(colour)\"></i>\(HTMLText.escape(label))</span>"
    }

    private func section(_ id: String, _ heading: String, _ body: String) -> String {
        "<section id=\"\(id)\"><h2>\(HTMLText.escape(heading))</h2>\(body)</section>"
    }
}
