import Foundation
import TrainPlanCore
import XCTest

/// An instance folder held in memory, copied from a fixture, changed by a test and loaded from a temporary folder.
struct ScratchInstance {
    var files: [String: [UInt8]]

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The fixture folder `name` under Fixtures.
    init(fixture name: String = "valid") {
        let folder = Self.fixtures.appendingPathComponent(name)
        let names = try! FileManager.default.contentsOfDirectory(atPath: folder.path)
        files = Dictionary(uniqueKeysWithValues: names.map {
            ($0, [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)!))
        })
    }

    func text(_ file: String) -> String { String(decoding: files[file]!, as: UTF8.self) }

    mutating func setText(_ file: String, _ text: String) { files[file] = Array(text.utf8) }

    /// Replaces the one occurrence of `old` in `file`; traps when there is not exactly one, so a changed fixture
    /// cannot silently turn a test into a no-op.
    mutating func replace(_ old: String, with new: String, in file: String) {
        let parts = text(file).components(separatedBy: old)
        precondition(parts.count == 2, "\"\(old)\" occurs \(parts.count - 1) times in \(file)")
        setText(file, parts.joined(separator: new))
    }

    /// Loads the files from a fresh temporary folder, removed afterwards.
    func load() throws(InstanceLoadError) -> LoadedInstance {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("trainplan-instance-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes))
        }
        return try InstanceLoader.load(directory: folder.path)
    }

    /// Every issue of a folder expected to be invalid; fails the test when it loads.
    func issues(file: StaticString = #filePath, line: UInt = #line) -> [InstanceIssue] {
        do {
            _ = try load()
            XCTFail("expected the instance to be invalid", file: file, line: line)
            return []
        } catch {
            return error.issues
        }
    }
}
