import TrainPlanCore
import XCTest

/// Random byte damage must end in a clean load or clean issues, never a crash or a hang.
final class FuzzTests: XCTestCase {
    /// SplitMix64, so every run damages the same bytes and a failure can be replayed.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Bytes that mean something to the parsers, so damage often hits a delimiter or a digit.
    private let interestingBytes: [UInt8] = Array(",;\"\n\r.-=[]0123456789 ".utf8) + [0x00, 0xE3, 0xFF, 0x84]

    func testRandomByteMutationsFailCleanly() {
        var generator = SeededGenerator(state: 20_260_901)
        let original = ScratchInstance()
        let names = original.files.keys.sorted()
        var loaded = 0
        for trial in 0..<300 {
            var scratch = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let name = names.randomElement(using: &generator)!
                var bytes = scratch.files[name]!
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[position] = interestingBytes.randomElement(using: &generator)!
                case 1: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 2: bytes.remove(at: position)
                default: bytes.insert(interestingBytes.randomElement(using: &generator)!, at: position)
                }
                scratch.files[name] = bytes
            }
            do {
                _ = try scratch.load()
                loaded += 1
            } catch {
                XCTAssertFalse(error.errors.isEmpty, "trial \(trial): thrown without an error")
                for issue in error.issues {
                    XCTAssertFalse(issue.message(.en).isEmpty, "trial \(trial)")
                    XCTAssertFalse(issue.message(.zh).isEmpty, "trial \(trial)")
                    XCTAssertTrue(names.contains(issue.file), "trial \(trial): \(issue)")
                }
            }
        }
        XCTAssertLessThan(loaded, 300, "some damage must be caught")
    }

    /// The same damage inside a workbook's parts (sheet XML, shared strings, workbook, relationships, styles),
    /// zipped again, so the XML reader and the sheet mapping meet it, not only the zip checksum.
    func testRandomMutationsOfWorkbookPartsFailCleanly() {
        var generator = SeededGenerator(state: 20_261_202)
        let workbook = ValidWorkbook.workbook()
        let original = workbook.parts().map { (path: $0.path, bytes: Array($0.text.utf8)) }
        var loaded = 0
        for trial in 0..<200 {
            var parts = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<parts.count, using: &generator)
                var bytes = parts[index].bytes
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[position] = Array("<>/=\"&;0123456789 ".utf8).randomElement(using: &generator)!
                case 1: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 2: bytes.remove(at: position)
                default: bytes.insert(interestingBytes.randomElement(using: &generator)!, at: position)
                }
                parts[index].bytes = bytes
            }
            let path = MiniWorkbook.temporaryFile(named: "fuzz.xlsx",
                                                  MiniWorkbook.zip(parts.map { ($0.path, Data($0.bytes)) }))
            defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
            do {
                _ = try InstanceLoader.load(path: path)
                loaded += 1
            } catch {
                XCTAssertFalse(error.errors.isEmpty, "trial \(trial): thrown without an error")
                for issue in error.issues {
                    XCTAssertTrue(issue.inWorkbook, "trial \(trial): \(issue)")
                    XCTAssertFalse(issue.message(.zh).isEmpty, "trial \(trial)")
                    // Damage can rename a sheet, so the file may be any sheet name, but never nothing.
                    XCTAssertFalse(issue.file.isEmpty, "trial \(trial): \(issue)")
                }
            }
        }
        XCTAssertLessThan(loaded, 200, "some damage must be caught")
    }

    /// Damaged archive bytes: a clean error naming the file, never a crash.
    func testRandomByteDamageOfAWorkbookArchiveFailsCleanly() {
        var generator = SeededGenerator(state: 20_261_203)
        let original = [UInt8](ValidWorkbook.workbook().data())
        for trial in 0..<100 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            let path = MiniWorkbook.temporaryFile(named: "damaged.xlsx", Data(bytes))
            defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
            do {
                _ = try InstanceLoader.load(path: path)
            } catch {
                XCTAssertFalse(error.errors.isEmpty, "trial \(trial)")
                XCTAssertTrue(error.issues.allSatisfy { !$0.message(.en).isEmpty && $0.inWorkbook }, "trial \(trial)")
            }
        }
    }

    /// Damaged .xls files: libfreexl 1.0.6 crashes on some (the fixture is one), and the reader must turn
    /// that into an error.
    func testDamagedXLSFilesFailCleanly() throws {
        let crashing = ScratchInstance.fixtures.appendingPathComponent("workbooks/damaged-crashes-libfreexl.xls").path
        XCTAssertThrowsError(try InstanceLoader.load(path: crashing)) { error in
            XCTAssertEqual((error as? InstanceLoadError)?.errors.first?.kind, .unreadableWorkbook(.notAWorkbook))
        }
        var generator = SeededGenerator(state: 20_261_204)
        let original = [UInt8](try Data(contentsOf: ScratchInstance.fixtures.appendingPathComponent("workbooks/demo-county.xls")))
        for trial in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            let path = MiniWorkbook.temporaryFile(named: "damaged.xls", Data(bytes))
            defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
            do {
                _ = try InstanceLoader.load(path: path)
            } catch {
                XCTAssertFalse(error.errors.isEmpty, "trial \(trial)")
            }
        }
    }
}
