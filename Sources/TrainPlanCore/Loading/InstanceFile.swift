/// The files of an instance folder, in the order they are read and hashed.
enum InstanceFile: String, CaseIterable {
    case settings = "instance.toml"
    case schools = "schools.csv"
    case teachers = "teachers.csv"
    case sites = "sites.csv"
    case programmes = "programs.csv"
    case quotas = "quotas.csv"
    case distances = "distances.csv"

    var name: String { rawValue }

    var isRequired: Bool {
        switch self {
        case .quotas, .distances: false
        default: true
        }
    }
}
