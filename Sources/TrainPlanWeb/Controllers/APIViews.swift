import Foundation
import Hummingbird

/// The JSON bodies of the API, as /openapi.yaml describes them (keys in snake_case).
struct UserView: ResponseEncodable {
    var name: String
    var role: String
    var school: String?

    init(_ user: UserRecord) {
        name = user.name
        role = user.role.rawValue
        school = user.school
    }
}

struct InstanceView: ResponseEncodable {
    var id: Int64
    var name: String
    var sourceKind: String
    var uploadedBy: String
    var uploadedAt: Date
    var publishedPlan: Int64?
    var summary: InstanceSummary?

    init(_ record: InstanceRecord, summary: InstanceSummary?) {
        id = record.id!
        name = record.name
        sourceKind = record.sourceKind
        uploadedBy = record.uploadedBy
        uploadedAt = record.uploadedAt
        publishedPlan = record.publishedSolveId
        self.summary = summary
    }
}

struct InstanceList: ResponseEncodable {
    var instances: [InstanceView]
}

struct CreatedID: ResponseEncodable {
    var id: Int64
}

struct PlanLinks: ResponseEncodable {
    var id: Int64
    var status: String
    var planZip: String
    var workbookXlsx: String
    var calendarsZip: String
    var reportHtml: String

    init(solveId: Int64, status: String) {
        id = solveId
        self.status = status
        planZip = "/api/plans/\(solveId)/plan.zip"
        workbookXlsx = "/api/plans/\(solveId)/workbook.xlsx"
        calendarsZip = "/api/plans/\(solveId)/calendars.zip"
        reportHtml = "/plans/\(solveId)/report.html"
    }
}

struct SolveView: ResponseEncodable {
    var id: Int64
    var instanceId: Int64
    var status: String
    var queuePosition: Int?
    var timeLimit: Double
    var incumbent: Double?
    var bound: Double?
    var gap: Double?
    var seconds: Double?
    var message: String?
    var plan: PlanLinks?
    /// `solve` or `whatif`.
    var kind: String
    var scenarioTitle: String?
    /// For a finished what-if job: the comparison with the base.
    var comparisonHtml: String?
    /// For a finished frontier job: its page (charts and table).
    var frontierHtml: String?
    /// For a re-plan: the plan it changes, and (once finished) its change list.
    var basePlan: Int64?
    var changes: String?
    var note: String

    init(_ record: SolveRecord, queuePosition: Int?, latest: ProgressView?) {
        id = record.id!
        instanceId = record.instanceId
        status = record.status.rawValue
        self.queuePosition = queuePosition
        timeLimit = record.timeLimit
        if record.status.isOver || latest == nil {
            incumbent = record.incumbent
            bound = record.bound
            gap = record.gap
            seconds = record.seconds
        } else {
            incumbent = latest?.incumbent
            bound = latest?.bound
            gap = latest?.gap
            seconds = latest?.seconds
        }
        message = record.message
        plan = record.planStatus.map { PlanLinks(solveId: record.id!, status: $0) }
        kind = record.kind.rawValue
        scenarioTitle = record.scenarioTitle
        let pageWritten = record.status.isOver && record.status != .failed
        comparisonHtml = record.kind == .whatif && pageWritten ? "/api/scenarios/\(record.id!)/comparison.html" : nil
        frontierHtml = record.kind == .frontier && pageWritten ? "/api/frontiers/\(record.id!)/frontier.html" : nil
        basePlan = record.basePlanId
        changes = record.kind == .replan && record.hasPlan ? "/api/replans/\(record.id!)/changes" : nil
        note = record.note
    }
}

struct ProgressView: Codable, Sendable {
    var seconds: Double
    var incumbent: Double?
    var bound: Double?
    var gap: Double?
    var nodes: Int
}

struct UploadErrors: ResponseEncodable {
    var errors: [UploadIssue]
}

struct NoticeView: ResponseEncodable {
    var instanceId: Int64
    var instanceName: String
    var planId: Int64
    /// The notice page; nil when the school has no seat in the plan (a re-plan took its last away).
    var url: String?
    /// For a published re-plan: what it changed for this school.
    var changesUrl: String?
}

struct NoticeList: ResponseEncodable {
    var notices: [NoticeView]
}
