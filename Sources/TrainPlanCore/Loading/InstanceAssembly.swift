/// The part of loading shared by folders and workbooks: the tables read in order, each checked against the
/// ones before it, then the instance built and stamped with its content hash.
enum InstanceAssembly {
    static func assemble(settings: Settings, defaultName: String, log: inout IssueLog,
                         sheet: (InstanceFile, inout IssueLog) -> Sheet?) throws(InstanceLoadError) -> LoadedInstance {
        var context = LoadingContext(horizon: settings.horizon, declaredTeams: settings.declaredTeams)
        context.schools = sheet(.schools, &log).map { SchoolsReader.read($0, &log) }
        context.teachers = sheet(.teachers, &log).map { TeachersReader.read($0, context, &log) }
        context.sites = sheet(.sites, &log).map { SitesReader.read($0, context, &log) }
        context.programmes = sheet(.programmes, &log).map { ProgrammesReader.read($0, context, &log) }
        let quotas = sheet(.quotas, &log).map { QuotasReader.read($0, context, &log) } ?? []
        let distances = sheet(.distances, &log).map { DistancesReader.read($0, context, &log) } ?? [:]

        guard !log.hasErrors, let calendar = settings.calendar, let schools = context.schools,
              let teachers = context.teachers, let sites = context.sites, let programmes = context.programmes
        else { throw InstanceLoadError(issues: log.issues) }

        var instance = Instance(
            name: settings.name ?? defaultName,
            calendar: calendar, defaults: settings.defaults, weights: settings.weights, teams: settings.teams,
            schools: schools, teachers: teachers, sites: sites, programmes: programmes, quotas: quotas,
            distances: distances
        )
        instance.sourceHash = ContentHash.of(instance)
        return LoadedInstance(instance: instance, warnings: log.issues)
    }
}
