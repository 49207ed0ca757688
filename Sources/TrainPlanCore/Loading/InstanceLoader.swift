import Foundation

/// Loads an instance folder (SPEC "Instance: a folder") and validates it, reporting every problem at once.
public enum InstanceLoader {
    /// Reads and checks the folder at `directory`.
    /// - Throws: `InstanceLoadError` with every error and warning when any error is found.
    public static func load(directory: String) throws(InstanceLoadError) -> LoadedInstance {
        var log = IssueLog()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            log.add(isFolder.boolValue || !FileManager.default.fileExists(atPath: directory) ? .missingFolder : .notAFolder,
                    file: directory)
            throw InstanceLoadError(issues: log.issues)
        }
        var bytesByFile: [InstanceFile: [UInt8]] = [:]
        var textByFile: [InstanceFile: String] = [:]
        for file in InstanceFile.allCases {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                if let problem = whyUnreadable(path) {
                    log.add(problem, file: file.name)
                } else if file.isRequired {
                    log.add(.missingFile, file: file.name)
                }
                continue
            }
            let bytes = [UInt8](data)
            bytesByFile[file] = bytes
            if let text = TextDecoding.decode(bytes) {
                textByFile[file] = text
            } else {
                log.add(.undecodableText, file: file.name)
            }
        }

        let settings = textByFile[.settings].map { SettingsReader.read($0, &log) } ?? Settings()
        var context = LoadingContext(horizon: settings.horizon, declaredTeams: settings.declaredTeams)
        func sheet(_ file: InstanceFile) -> Sheet? {
            textByFile[file].flatMap { Sheet(file: file, text: $0, log: &log) }
        }
        context.schools = sheet(.schools).map { SchoolsReader.read($0, &log) }
        context.teachers = sheet(.teachers).map { TeachersReader.read($0, context, &log) }
        context.sites = sheet(.sites).map { SitesReader.read($0, context, &log) }
        context.programmes = sheet(.programmes).map { ProgrammesReader.read($0, context, &log) }
        let quotas = sheet(.quotas).map { QuotasReader.read($0, context, &log) } ?? []
        let distances = sheet(.distances).map { DistancesReader.read($0, context, &log) } ?? [:]

        guard !log.hasErrors, let calendar = settings.calendar, let schools = context.schools,
              let teachers = context.teachers, let sites = context.sites, let programmes = context.programmes
        else { throw InstanceLoadError(issues: log.issues) }

        let hashed = InstanceFile.allCases.compactMap { file in bytesByFile[file].map { (file.name, $0) } }
        let instance = Instance(
            name: settings.name ?? URL(fileURLWithPath: directory).lastPathComponent,
            calendar: calendar, defaults: settings.defaults, weights: settings.weights, teams: settings.teams,
            schools: schools, teachers: teachers, sites: sites, programmes: programmes, quotas: quotas,
            distances: distances, sourceHash: SourceHash.compute(hashed)
        )
        return LoadedInstance(instance: instance, warnings: log.issues)
    }

    /// Why a file that could not be read was not read; nil when it is simply absent.
    static func whyUnreadable(_ path: String) -> InstanceIssue.Kind? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            return isFolder.boolValue ? .notAFile : .unreadableFile
        }
        return (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil ? .brokenLink : nil
    }
}
