import Foundation

/// Ctrl-C during a solve stops the search; the best plan found so far is then written, marked feasible.
enum Interruption {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var requested: Bool { flag != 0 }

    static func install() {
        signal(SIGINT) { _ in
            // A second Ctrl-C ends the program at once.
            if Interruption.flag != 0 { _exit(130) }
            Interruption.flag = 1
        }
    }
}
