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
}
