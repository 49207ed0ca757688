import Foundation

/// A folder trainplan writes (plan, report, frontier, what-if), replaced atomically: everything goes to a
/// temporary sibling folder first, which then takes the destination's place, so a failed or interrupted run
/// never leaves half a folder nor destroys the old one. A folder trainplan wrote holds the marker file
/// `.trainplan`: its kind on the first line, then every file it wrote, one relative path a line. Only such a
/// folder of the same kind holding nothing else, an empty one or none is replaced. Anything else (a regular
/// file, a user's folder, a plan folder where the planner saved a note or a report) is refused: a user's
/// file is never lost. System clutter and office lock files (`isClutter`) are nobody's work and are ignored.
public struct OutputFolder: Sendable {
    public enum Kind: String, Sendable {
        case plan, report, frontier, whatif

        /// Folders written before the marker existed hold only these names; such a folder is still replaced.
        var unmarkedNames: Set<String>? {
            switch self {
            case .plan: ["cohorts.csv", "assignments.csv", "summary.json", "changes.csv", "changes.txt"]
            case .report, .frontier, .whatif: nil
            }
        }

        /// Whether a top-level entry is one an older version of trainplan wrote into a folder of this kind (its
        /// marker named the kind only, not the files): anything else there is the planner's.
        func wroteBeforeListing(_ name: String, isMarkedPlanFolder: Bool) -> Bool {
            let stem = name.split(separator: ".").first.map(String.init) ?? name
            switch self {
            case .plan: return unmarkedNames!.contains(name)
            case .report: return ["calendars", "csv", "notices", "report", "workbook", "ledger", "ledger-schools"].contains(stem)
            case .frontier: return stem == "frontier"
            case .whatif: return stem.hasPrefix("comparison") || isMarkedPlanFolder
            }
        }
    }

    /// The marker file's name; its content is the kind.
    public static let markerName = ".trainplan"

    public let path: String
    public let kind: Kind

    public init(_ path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    var target: URL { URL(fileURLWithPath: path).standardizedFileURL }

    /// Throws unless the folder may be written: absent, empty, or written by trainplan as this kind.
    /// Commands call it before a long solve, and `replace` again before writing.
    public func ensureReplaceable() throws {
        let fileManager = FileManager.default
        let path = target.path
        guard let attributes = try? fileManager.attributesOfItem(atPath: path) else {
            // Absent, or a dangling link: a link is never followed nor replaced.
            if (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil {
                throw OutputFolderError.notAFolder(path)
            }
            // Absent: the folder can be made only if its nearest existing ancestor is a folder (`a.txt/plan`).
            var ancestor = target.deletingLastPathComponent()
            while !fileManager.fileExists(atPath: ancestor.path), ancestor.path != "/" {
                ancestor.deleteLastPathComponent()
            }
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: ancestor.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw OutputFolderError.notAFolder(ancestor.path)
            }
            return
        }
        guard attributes[.type] as? FileAttributeType == .typeDirectory else { throw OutputFolderError.notAFolder(path) }
        guard let names = try? fileManager.contentsOfDirectory(atPath: path) else {
            throw OutputFolderError.unreadable(path)
        }
        if names.isEmpty { return }
        let marker = target.appendingPathComponent(Self.markerName)
        if let data = fileManager.contents(atPath: marker.path) {
            // Paths are kept as written (a scenario file's name may start with a space); "\r\n" is one line end.
            let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
            let written = (lines.first ?? "").trimmingCharacters(in: .whitespaces)
            guard written == kind.rawValue else { throw OutputFolderError.otherKind(path, found: written, expected: kind) }
            let foreign = lines.count > 1 ? foreignEntries(written: Set(lines.dropFirst())) : foreignEntriesOfOlderVersion()
            guard foreign.isEmpty else { throw OutputFolderError.foreignFiles(path, names: foreign) }
            return
        }
        if let known = kind.unmarkedNames, Set(names).isSubset(of: known) { return }
        throw OutputFolderError.notWrittenByTrainplan(path)
    }

    /// The marker's content for a folder of `kind` holding `files` (relative paths; the marker itself aside).
    public static func marker(kind: Kind, files: some Collection<String>) -> Data {
        let listed = files.filter { $0 != markerName }.sorted()
        return Data(([kind.rawValue] + listed).map { $0 + "\n" }.joined().utf8)
    }

    /// Entries of the folder, as relative paths, that are neither among `written` nor a folder holding some
    /// of them: the planner's own files, in order (a folder of them is named once, not its contents).
    func foreignEntries(written: Set<String>) -> [String] {
        let folders = Set(written.flatMap { path in
            let parts = path.split(separator: "/")
            return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
        })
        var foreign: [String] = []
        guard let walk = FileManager.default.enumerator(atPath: target.path) else { return [] }
        while let entry = walk.nextObject() as? String {
            if entry == Self.markerName || written.contains(entry) || folders.contains(entry) { continue }
            let isFolder = walk.fileAttributes?[.type] as? FileAttributeType == .typeDirectory
            if isFolder { walk.skipDescendants() }
            if !Self.isClutter((entry as NSString).lastPathComponent) { foreign.append(entry) }
        }
        return foreign.sorted()
    }

    /// A folder whose marker names its kind only (written before markers listed their files): its top-level
    /// entries that version did not write.
    func foreignEntriesOfOlderVersion() -> [String] {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? []
        return names.filter { name in
            guard name != Self.markerName, !Self.isClutter(name) else { return false }
            let marker = target.appendingPathComponent(name).appendingPathComponent(Self.markerName).path
            let isMarkedPlanFolder = fileManager.contents(atPath: marker).map { String(decoding: $0, as: UTF8.self).hasPrefix("plan\n") } ?? false
            return !kind.wroteBeforeListing(name, isMarkedPlanFolder: isMarkedPlanFolder)
        }.sorted()
    }

    /// Files the system or an office program leaves that are nobody's work: Finder's, Windows Explorer's, and
    /// the lock files of Excel (`~$…`) and LibreOffice (`.~lock.…#`). Any other entry, hidden or not, is kept.
    static func isClutter(_ name: String) -> Bool {
        [".DS_Store", "Thumbs.db", "desktop.ini"].contains(name) || name.hasPrefix("._") || name.hasPrefix("~$")
            || (name.hasPrefix(".~lock.") && name.hasSuffix("#"))
    }

    /// Writes `files` (names may hold sub-folders: `calendars/S1.ics`) and the marker into a fresh sibling
    /// folder, then swaps it into place. Leftovers of killed runs beside the folder are cleaned up first.
    public func replace(with files: [String: Data]) throws {
        let fileManager = FileManager.default
        let target = self.target
        let parent = target.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        recoverFromKilledRuns()
        try ensureReplaceable()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).writing-\(pid)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        var all = files
        all[Self.markerName] = Self.marker(kind: kind, files: files.keys)
        do {
            for name in all.keys.sorted() {
                let file = staging.appendingPathComponent(name)
                try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try all[name]!.write(to: file, options: .atomic)
            }
            let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
            let hadOld = fileManager.fileExists(atPath: target.path)
            if hadOld { try fileManager.moveItem(at: target, to: retired) }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if hadOld { try? fileManager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadOld { try? fileManager.removeItem(at: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// A run killed while writing leaves `.NAME.writing-PID` (half written: removed) and possibly
    /// `.NAME.old-PID` (the previous folder: put back when the folder is gone, else removed). Only those of
    /// processes that no longer run are touched; another run may be writing now.
    func recoverFromKilledRuns() {
        let fileManager = FileManager.default
        let target = self.target
        let parent = target.deletingLastPathComponent()
        guard let names = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        let prefix = ".\(target.lastPathComponent)."
        for name in names.sorted() where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let isStaging = rest.hasPrefix("writing-")
            guard isStaging || rest.hasPrefix("old-"),
                  let pid = rest.split(separator: "-").last.flatMap({ Int32($0) }), pid > 0, !Self.isRunning(pid)
            else { continue }
            let leftover = parent.appendingPathComponent(name)
            if !isStaging, !fileManager.fileExists(atPath: target.path) {
                try? fileManager.moveItem(at: leftover, to: target)
            } else {
                try? fileManager.removeItem(at: leftover)
            }
        }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

public enum OutputFolderError: Error, CustomStringConvertible {
    case notAFolder(String)
    case unreadable(String)
    case notWrittenByTrainplan(String)
    case otherKind(String, found: String, expected: OutputFolder.Kind)
    case samePlan(String)
    case foreignFiles(String, names: [String])

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        switch self {
        case .notAFolder(let path):
            language.pick("不会覆盖“\(Echo.value(path))”：它是文件（或链接）而不是文件夹，请换一个输出文件夹",
                          "refusing to replace \"\(Echo.value(path))\": it is a file (or a link), not a folder; choose another output folder")
        case .unreadable(let path):
            language.pick("无法读取输出文件夹“\(Echo.value(path))”（没有权限？）",
                          "cannot read the output folder \"\(Echo.value(path))\" (no permission?)")
        case .notWrittenByTrainplan(let path):
            language.pick(
                "不会覆盖“\(Echo.value(path))”：该文件夹非空且不是 trainplan 写出的（没有 \(OutputFolder.markerName) 标记），请换一个输出文件夹",
                "refusing to replace \"\(Echo.value(path))\": it is not empty and trainplan did not write it (no \(OutputFolder.markerName) marker); choose another output folder"
            )
        case .otherKind(let path, let found, let expected):
            language.pick(
                "不会覆盖“\(Echo.value(path))”：它是 trainplan 写出的 \(Echo.value(found)) 文件夹，不是 \(expected.rawValue) 文件夹",
                "refusing to replace \"\(Echo.value(path))\": trainplan wrote it as a \(Echo.value(found)) folder, not a \(expected.rawValue) folder"
            )
        case .foreignFiles(let path, let names):
            language.pick(
                "不会覆盖“\(Echo.value(path))”：其中有 \(names.count) 个不是 trainplan 写出的文件或文件夹（\(Self.listed(names, language))），请先把它们移到别处，或换一个输出文件夹",
                "refusing to replace \"\(Echo.value(path))\": it holds \(names.count) file(s) or folder(s) trainplan did not write (\(Self.listed(names, language))); move them elsewhere first, or choose another output folder"
            )
        case .samePlan(let path):
            language.pick("--out 不能是正在读取的已发布计划“\(Echo.value(path))”，请换一个新文件夹",
                          "--out must not be the published plan being read (\"\(Echo.value(path))\"); choose a new folder")
        }
    }
}

extension OutputFolderError {
    /// The first few names, then how many more.
    static func listed(_ names: [String], _ language: Language) -> String {
        let shown = names.prefix(5).map { Echo.value($0) }
        let more = names.count - shown.count
        let separator = language.pick("、", ", ")
        return shown.joined(separator: separator) + (more > 0 ? language.pick("等", " and \(more) more") : "")
    }
}

extension OutputFolder {
    /// The folder a planner named for a path inside the hidden sibling a write goes through
    /// (`.NAME.writing-PID/...` or `.NAME.old-PID/...` → `NAME/...`), so that an error names their folder.
    public static func publicPath(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices {
            let part = parts[index]
            guard part.hasPrefix("."), let range = part.range(of: ".writing-") ?? part.range(of: ".old-"),
                  Int32(part[range.upperBound...]) != nil else { continue }
            parts[index] = String(part[part.index(after: part.startIndex)..<range.lowerBound])
        }
        return parts.joined(separator: "/")
    }

    /// True when `inner` lies inside the folder `outer` (links resolved).
    public static func contains(_ outer: String, _ inner: String) -> Bool {
        let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let folder = resolved(outer)
        return resolved(inner).hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// True when both paths name one place (links resolved): `replan --out` must not replace the plan it reads.
    public static func sameLocation(_ first: String, _ second: String) -> Bool {
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(first) == resolved(second)
    }
}
