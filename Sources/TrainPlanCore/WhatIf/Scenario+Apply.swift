extension Scenario {
    /// The base instance with this scenario's changes.
    public func apply(to base: Instance) -> Instance {
        var instance = base
        instance.name = base.name + " · " + title
        instance.sourceHash = SourceHash.compute([("base", Array(base.sourceHash.utf8)), ("scenario", Array(fileHash.utf8))])
        for index in instance.programmes.indices {
            programmes[instance.programmes[index].id]?.apply(to: &instance.programmes[index])
        }
        for patch in subQuotas { patch.apply(to: &instance.quotas) }
        for (key, value) in weights {
            if let path = Weights.keyPath(key) { instance.weights[keyPath: path] = value }
        }
        for index in instance.sites.indices {
            sites[instance.sites[index].id]?.apply(to: &instance.sites[index], horizon: base.calendar.dates)
        }
        if !blockedDates.isEmpty { instance.calendar.blackouts.append(Blackout(dates: blockedDates, stages: [])) }
        instance.calendar.holidays.subtract(openedDates)
        var onLeave: Set<String> = []
        for index in instance.teachers.indices {
            guard let patch = teachers[instance.teachers[index].id] else { continue }
            instance.teachers[index].unavailable.formUnion(patch.unavailable)
            if patch.leave { onLeave.insert(instance.teachers[index].id) }
        }
        instance.sendOnLeave(onLeave)
        for index in instance.teams.indices {
            if let limit = teamLimits[instance.teams[index].name] { instance.teams[index].limit = limit }
        }
        return instance
    }
}

extension ProgrammePatch {
    func apply(to programme: inout Programme) {
        if let quotaMin { programme.quotaMin = quotaMin }
        if let quotaMax { programme.quotaMax = quotaMax }
        if let window { programme.window = window }
        if let dayTypes { programme.dayTypes = dayTypes }
        if let days { programme.days = days }
        if let sessions { programme.sessions = sessions }
        if let gapDays { programme.gapDays = gapDays }
    }
}

extension SubQuotaPatch {
    func apply(to quotas: inout [Quota]) {
        if let index = quotas.firstIndex(where: { $0.program == program && $0.scope == scope && $0.scopeID == scopeID }) {
            if let min { quotas[index].min = min }
            if let max { quotas[index].max = max }
        } else {
            quotas.append(Quota(program: program, scope: scope, scopeID: scopeID, min: min ?? 0, max: max))
        }
    }
}

extension SitePatch {
    func apply(to site: inout Site, horizon: [PlanDate]) {
        if let seats { site.seats = seats }
        if let rooms { site.rooms = rooms }
        if let maxCohorts { site.maxCohorts = maxCohorts }
        if let available { site.available = available }
        if !unavailable.isEmpty { site.available = (site.available ?? Set(horizon)).subtracting(unavailable) }
        // max_cohorts 0 closes every kind of site, online ones (which have no dates) included.
        if closed { site.maxCohorts = 0 }
    }
}

extension Weights {
    /// The weight an instance.toml key names.
    static func keyPath(_ key: String) -> WritableKeyPath<Weights, Double>? {
        switch key {
        case "shortfall": \.shortfall
        case "teaching_day": \.teachingDay
        case "weekend_day": \.weekendDay
        case "holiday_day": \.holidayDay
        case "concentration": \.concentration
        case "km": \.km
        case "priority": \.priority
        default: nil
        }
    }

    static let keys = ["shortfall", "teaching_day", "weekend_day", "holiday_day", "concentration", "km", "priority"]
}
