// The other-language names of the SPEC's enumerations, as instances may write them and output shows them.

extension ProgrammeMode {
    var chineseName: String {
        switch self {
        case .centralized: "集中"
        case .songjiao: "送教"
        case .offjob: "脱产"
        case .online: "网络"
        }
    }
}

extension SiteKind {
    var chineseName: String {
        switch self {
        case .center: "县级培训中心"
        case .songjiao: "送教点"
        case .external: "县外基地"
        case .online: "网络"
        }
    }
}

extension DayType {
    var chineseName: String {
        switch self {
        case .teaching: "教学日"
        case .weekend: "周末"
        case .holiday: "假期"
        }
    }
}

extension Stage {
    var englishName: String {
        switch self {
        case .kindergarten: "kindergarten"
        case .primary: "primary"
        case .junior: "junior"
        case .senior: "senior"
        case .vocational: "vocational"
        }
    }
}
