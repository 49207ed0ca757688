import Foundation
import TrainPlanCore

/// One problem with an upload, as the API's 422 answer and the upload page list it: the file (or sheet), row and
/// column, and what is wrong.
struct UploadIssue: Sendable, Codable, Equatable {
    var file: String
    var row: Int?
    var column: String?
    var message: String

    init(file: String, row: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    init(_ issue: InstanceIssue, language: Language) {
        self.init(file: issue.file, row: issue.row, column: issue.column, message: issue.message(language))
    }
}

/// An upload that cannot become an instance: every problem at once.
struct UploadRejection: Error, Sendable {
    var issues: [UploadIssue]
}
