import Foundation
import Hummingbird
import TrainPlanCore

/// The request context: the logged-in user (set by `SessionMiddleware`) and the page language.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var user: UserRecord?
    var sessionToken: String?
    var language: Language = .zh
    /// Uploads are read whole (workbooks and zips of an instance are small); the limit is `WebConfiguration.maxUploadBytes`.
    var uploadLimit: Int = 20 << 20

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    var maxUploadSize: Int { uploadLimit }

    /// The API speaks snake_case JSON (`time_limit`, `queue_position`).
    var requestDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
