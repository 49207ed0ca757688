import Foundation
import Hummingbird
import TrainPlanCore

/// What the term page shows of an instance: teachers by stage and district, sites, programmes with quotas and
/// the calendar. Written next to the instance on upload, so pages need not load the instance again.
struct InstanceSummary: Codable, Sendable, ResponseEncodable {
    struct Count: Codable, Sendable {
        var key: String
        var count: Int
    }

    struct SiteRow: Codable, Sendable {
        var id: String
        var name: String
        var kind: String
        var seats: Int?
        var rooms: Int
    }

    struct ProgrammeRow: Codable, Sendable {
        var id: String
        var name: String
        var mode: String
        var sessions: Int
        var days: Int
        var hours: Double
        var quotaMin: String
        var quotaMax: Int?
    }

    var name: String
    var calendarStart: String
    var calendarEnd: String
    var holidays: Int
    var teachers: Int
    var schools: Int
    var teachersByStage: [Count]
    var teachersByDistrict: [Count]
    var sites: [SiteRow]
    var programmes: [ProgrammeRow]
    var warnings: Int
    var schoolIds: [String]

    init(_ loaded: LoadedInstance) {
        let instance = loaded.instance
        name = instance.name
        calendarStart = instance.calendar.start.description
        calendarEnd = instance.calendar.end.description
        holidays = instance.calendar.holidays.count
        teachers = instance.teachers.count
        schools = instance.schools.count
        teachersByStage = Stage.allCases.compactMap { stage in
            let count = instance.teachers.filter { $0.stage == stage }.count
            return count == 0 ? nil : Count(key: stage.rawValue, count: count)
        }
        let districtOfSchool = Dictionary(instance.schools.map { ($0.id, $0.district) }, uniquingKeysWith: { first, _ in first })
        var byDistrict: [String: Int] = [:]
        for teacher in instance.teachers { byDistrict[districtOfSchool[teacher.school] ?? "", default: 0] += 1 }
        teachersByDistrict = byDistrict.sorted { $0.key < $1.key }.map { Count(key: $0.key, count: $0.value) }
        sites = instance.sites.map { SiteRow(id: $0.id, name: $0.name, kind: $0.kind.rawValue, seats: $0.seats, rooms: $0.rooms) }
        programmes = instance.programmes.map { programme in
            let minimum: String
            switch programme.quotaMin {
            case .seats(let seats): minimum = "\(seats)"
            case .allEligible: minimum = "all"
            }
            return ProgrammeRow(id: programme.id, name: programme.name, mode: programme.mode.rawValue,
                                sessions: programme.sessions, days: programme.days, hours: programme.hours,
                                quotaMin: minimum, quotaMax: programme.quotaMax)
        }
        warnings = loaded.warnings.count
        schoolIds = instance.schools.map(\.id)
    }

    static let fileName = "summary.json"

    func write(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: folder.appendingPathComponent(Self.fileName))
    }

    static func read(from folder: URL) -> InstanceSummary? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(InstanceSummary.self, from: data)
    }
}
