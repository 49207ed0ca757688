import Foundation
import Hummingbird

extension Request {
    /// Decodes an HTML form post and checks its CSRF token (field `csrf`).
    func decodeForm<Form: Decodable & CSRFCarrying>(as type: Form.Type, context: WebContext) async throws -> Form {
        var request = self
        let buffer = try await request.collectBody(upTo: 64 << 10)
        let form: Form
        do {
            form = try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: buffer))
        } catch {
            throw HTTPError(.badRequest, message: "the form is incomplete")
        }
        try CSRFToken.verify(self, field: form.csrf)
        return form
    }
}

protocol CSRFCarrying {
    var csrf: String? { get }
}

/// A form with nothing but its CSRF token (publish, stop, logout).
struct PlainForm: Decodable, CSRFCarrying {
    var csrf: String?
}
