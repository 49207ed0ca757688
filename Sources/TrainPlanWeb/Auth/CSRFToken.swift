import Foundation
import Hummingbird

/// CSRF protection of HTML form posts by a double-submit token: a random `trainplan_csrf` cookie (SameSite=Strict)
/// that each form repeats in a hidden `csrf` field. Another site can neither read the cookie nor send it.
/// The JSON API needs no token: its posts carry JSON or a file body, which a cross-site form cannot send
/// without a CORS preflight, and the server answers no preflight.
enum CSRFToken {
    static let cookieName = "trainplan_csrf"

    /// The request's token, or a new one to set as the cookie.
    static func current(_ request: Request) -> (token: String, isNew: Bool) {
        if let value = request.cookies[cookieName]?.value, value.count == 32 { return (value, false) }
        let token = (0..<32).map { _ in String("0123456789abcdef".randomElement()!) }.joined()
        return (token, true)
    }

    static func cookie(_ token: String) -> Cookie {
        Cookie(name: cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// Throws 403 unless the form's field matches the cookie.
    static func verify(_ request: Request, field: String?) throws {
        guard let cookie = request.cookies[cookieName]?.value, cookie.count == 32, let field, field == cookie else {
            throw HTTPError(.forbidden, message: "the form's CSRF token is missing or wrong: reload the page")
        }
    }
}
