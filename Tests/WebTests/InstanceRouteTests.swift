import Foundation
import Hummingbird
import HummingbirdTesting
@testable import TrainPlanWeb
import XCTest
import ZIPFoundation

/// Uploads: a good zip becomes a term with its summary; a bad one answers 422 naming file, row and column.
final class InstanceRouteTests: XCTestCase {
    func testUploadingTheDemoZipCreatesATermWithItsSummary() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cookie = try await WebFixture.logIn(client, as: "plan")
            let id = try await WebFixture.upload(client, try WebFixture.zipInstance("demo-county"), name: "demo", cookie: cookie)
            try await client.execute(uri: "/api/instances/\(id)", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
                XCTAssertEqual(body["name"] as? String, "demo")
                let summary = try XCTUnwrap(body["summary"] as? [String: Any])
                XCTAssertEqual(summary["teachers"] as? Int, 314)
                XCTAssertEqual((summary["programmes"] as? [Any])?.isEmpty, false)
            }
            try await client.execute(uri: "/terms/\(id)", method: .get, headers: cookie) { response in
                XCTAssertEqual(response.status, .ok)
                let page = String(buffer: response.body)
                XCTAssertTrue(page.contains("GP01"), "programmes listed on the term page")
                XCTAssertTrue(page.contains("开始求解"))
            }
        }
        let audit = try await fixture.services.audit.latest(10)
        XCTAssertTrue(audit.contains { $0.action == "upload" && $0.userName == "plan" })
    }

    func testAnInvalidInstanceAnswers422NamingFileRowAndColumn() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let zip = try WebFixture.zipInstance("demo-county") { folder in
            let file = folder.appendingPathComponent("teachers.csv")
            var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            // Row 3 of the sheet (header = 1): its stage becomes a word no loader knows.
            var cells = lines[2].components(separatedBy: ",")
            let header = lines[0].components(separatedBy: ",")
            let stageColumn = try XCTUnwrap(header.firstIndex { $0 == "stage" || $0 == "学段" })
            cells[stageColumn] = "大学"
            lines[2] = cells.joined(separator: ",")
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        try await fixture.application().test(.router) { client in
            var headers = try await WebFixture.logIn(client, as: "plan")
            headers[.contentType] = "application/zip"
            try await client.execute(uri: "/api/instances?name=bad", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: zip)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
                let errors = try XCTUnwrap(body["errors"] as? [[String: Any]])
                XCTAssertTrue(errors.contains {
                    $0["file"] as? String == "teachers.csv" && $0["row"] as? Int == 3
                        && ["stage", "学段"].contains($0["column"] as? String ?? "") && ($0["message"] as? String ?? "").contains("大学")
                }, "\(errors)")
            }
            try await client.execute(uri: "/api/instances", method: .get, headers: headers) { response in
                XCTAssertEqual(String(buffer: response.body), #"{"instances":[]}"#, "a rejected upload leaves nothing behind")
            }
            try await client.execute(uri: "/api/instances?name=junk", method: .post, headers: headers,
                                     body: ByteBuffer(string: "not a zip")) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("zip"))
            }
            // A table a web system "exported to Excel" is a web page: the planner is told so.
            try await client.execute(uri: "/api/instances?name=export", method: .post, headers: headers,
                                     body: ByteBuffer(string: "<html><body><table><tr><td>工号</td></tr></table></body></html>")) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("网页"), String(buffer: response.body))
            }
            let notes = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-notes-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: notes) }
            try Data("hello".utf8).write(to: notes.appendingPathComponent("readme.txt"))
            let empty = try WebFixture.zipFolder(notes)
            try await client.execute(uri: "/api/instances?name=empty", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: empty)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("instance.toml"))
            }
            // A Word document sent for a workbook is a zip too: it is named, not searched for instance.toml.
            let archive = try Archive(accessMode: .create)
            let part = Data("<w:document/>".utf8)
            try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(part.count)) { position, size in
                part.subdata(in: Int(position)..<Int(position) + size)
            }
            let word = try XCTUnwrap(archive.data)
            try await client.execute(uri: "/api/instances?name=word", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: word)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertTrue(String(buffer: response.body).contains("Word 文档"), String(buffer: response.body))
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.services.paths.uploads.path)
        XCTAssertEqual(leftovers, [], "staging folders are removed")
    }

    func testUnknownIdsAre404AndAMissingNameIs400() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            var cookie = try await WebFixture.logIn(client, as: "plan")
            cookie[.contentType] = "application/json"
            for (uri, method) in [("/api/instances/99", HTTPRequest.Method.get), ("/api/instances/99/solves", .post),
                                  ("/api/solves/99", .get), ("/api/solves/99/events", .get), ("/api/solves/99", .delete),
                                  ("/api/plans/99/plan.zip", .get), ("/api/plans/99/workbook.xlsx", .get),
                                  ("/api/plans/99/publish", .post), ("/terms/99", .get), ("/plans/99", .get)] {
                try await client.execute(uri: uri, method: method, headers: cookie, body: ByteBuffer(string: #"{"time_limit":5}"#)) { response in
                    XCTAssertEqual(response.status, .notFound, "\(method) \(uri)")
                }
            }
            try await client.execute(uri: "/api/instances", method: .post, headers: [.cookie: cookie[.cookie]!, .contentType: "application/zip"],
                                     body: ByteBuffer(string: "PK")) { response in
                XCTAssertEqual(response.status, .badRequest)
            }
        }
    }

    func testTheOpenAPIDocumentIsServedWithoutLogin() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let text = String(buffer: response.body)
                for path in ["/api/login:", "/api/instances:", "/api/instances/{id}/solves:", "/api/solves/{id}:",
                             "/api/solves/{id}/events:", "/api/plans/{id}/plan.zip:", "/api/plans/{id}/workbook.xlsx:"] {
                    XCTAssertTrue(text.contains(path), path)
                }
            }
            try await client.execute(uri: "/static/app.js", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
            }
        }
    }
}
