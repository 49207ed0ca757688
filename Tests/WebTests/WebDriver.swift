import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import XCTest

/// A small client of the W3C WebDriver protocol, enough to drive headless Chromium through chromedriver.
struct WebDriver {
    let base: URL
    let session: String
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    static func start(driverPort: Int, browser: String) async throws -> WebDriver {
        let base = URL(string: "http://127.0.0.1:\(driverPort)")!
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": browser,
                                   "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                            "--window-size=1280,1400", "--lang=zh-CN"]],
        ]]]
        let value = try await call(base, "POST", "/session", capabilities)
        let session = try XCTUnwrap((value as? [String: Any])?["sessionId"] as? String, "no WebDriver session: \(String(describing: value))")
        return WebDriver(base: base, session: session)
    }

    @discardableResult
    static func call(_ base: URL, _ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let response = try await HTTP.send(base.absoluteString + path, method: HTTPMethod(rawValue: method),
                                           json: try body.map { try JSONSerialization.data(withJSONObject: $0) })
        let data = response.body
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        if let value = object?["value"] as? [String: Any], let error = value["error"] as? String {
            throw WebDriverError(description: "\(method) \(path): \(error): \(value["message"] ?? "")")
        }
        return object?["value"]
    }

    struct WebDriverError: Error, CustomStringConvertible { var description: String }

    @discardableResult
    func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        try await Self.call(base, method, "/session/\(session)" + path, body)
    }

    func open(_ url: String) async throws { try await call("POST", "/url", ["url": url]) }

    func currentURL() async throws -> String { try await call("GET", "/url") as? String ?? "" }

    func element(_ css: String) async throws -> String {
        let value = try await call("POST", "/element", ["using": "css selector", "value": css])
        return try XCTUnwrap((value as? [String: Any])?[Self.elementKey] as? String, "no element \(css)")
    }

    func type(_ css: String, _ text: String) async throws {
        let id = try await element(css)
        try await call("POST", "/element/\(id)/clear", [:])
        try await call("POST", "/element/\(id)/value", ["text": text])
    }

    func click(_ css: String) async throws {
        let id = try await element(css)
        try await call("POST", "/element/\(id)/click", [:])
    }

    func script(_ source: String) async throws -> Any? {
        try await call("POST", "/execute/sync", ["script": source, "args": []])
    }

    /// Waits until the script returns true (at most `seconds`).
    func waitUntil(_ source: String, seconds: Double, _ what: String) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if (try? await script(source)) as? Bool == true { return }
            try await Task.sleep(for: .milliseconds(300))
        }
        XCTFail("timed out waiting for \(what)")
    }

    func screenshot() async throws -> Data {
        let value = try await call("GET", "/screenshot")
        let base64 = try XCTUnwrap(value as? String)
        return try XCTUnwrap(Data(base64Encoded: base64))
    }

    func quit() async { _ = try? await Self.call(base, "DELETE", "/session/\(session)") }
}

/// Plain HTTP calls of the tests (AsyncHTTPClient, already built for HummingbirdTesting).
enum HTTP {
    struct Answer {
        var status: Int
        var body: Data
    }

    static func send(_ url: String, method: HTTPMethod = .GET, json: Data? = nil, seconds: Int64 = 120) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: json))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(seconds))
        let body = try await response.body.collect(upTo: 64 << 20)
        return Answer(status: Int(response.status.code), body: Data(body.readableBytesView))
    }
}
