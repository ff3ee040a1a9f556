import Foundation
import Translations

/// Lists the files an import will read, in a stable order, passing over what is not a statement.
enum FileCollector {
    /// Formats that are certainly not a statement's text; named so the user knows why they were passed over.
    static let otherFormats: Set<String> = [
        "xlsx", "xls", "docx", "doc", "zip", "gz", "png", "jpg", "jpeg", "gif", "sqlite", "db", "rhistory", "rdata",
        "rds", "json",
    ]

    /// A folder's own documentation, as corpora ship it: passed over in a folder, read when named alone.
    static func isDocumentation(_ name: String) -> Bool {
        let (stem, ext) = (FileName.stem(name).lowercased(), FileName.ext(name).lowercased())
        guard ["", "txt", "md", "rst", "pdf"].contains(ext) else { return false }
        return [
            "readme", "license", "licence", "copying", "changelog", "changes", "citation", "notice", "codebook",
            "authors",
        ]
        .contains {
            stem == $0 || stem.hasPrefix($0 + "_") || stem.hasPrefix($0 + "-") || stem.hasPrefix($0 + " ")
                || stem.hasPrefix($0 + ".")
        }
    }

    /// - Parameter openFolder: `opendir`, or a stand-in in tests (a folder root may not be refused).
    static func collect(
        _ urls: [URL], skipped: inout [ImportReport.Entry], failed: inout [ImportReport.Entry],
        openFolder: (String) -> OpaquePointer? = { opendir($0) }
    ) -> [URL] {
        var files: [URL] = []
        for url in urls {
            var info = stat()
            guard stat(url.path, &info) == 0 else {
                // A name given with bytes that are not UTF-8 reaches here with U+FFFD in their place.
                let repaired = url.path.unicodeScalars.contains("\u{FFFD}")
                let message =
                    LinkProblem.describe(url.path)
                    ?? (repaired
                        ? "no such file or folder; if its name is not valid UTF-8 "
                            + "(shown here with �), rename it in UTF-8 (convmv -f latin1 -t utf8) and import it again"
                        : "no such file or folder")
                failed.append(.init(path: url.path, message: message))
                continue
            }
            // A device or a pipe named on the command line is refused here, before anything opens it.
            if let kind = FileKind.special(info.st_mode) {
                failed.append(.init(path: url.path, said: TextProblem.notRegularFile(kind: kind).said))
                continue
            }
            if info.st_mode & S_IFMT != S_IFDIR {
                files.append(url)
                continue
            }
            // A folder is walked with readdir: its entries' types come with their names, where Foundation's
            // enumerator asked for each file's resource values (most of the time of collecting 100,000 files).
            guard let entries = DirectoryWalker.walk(url.path, openFolder: openFolder) else {
                failed.append(
                    .init(
                        path: url.path,
                        said: UserMessage("the folder cannot be read: {0}", String(cString: strerror(errno)))))
                continue
            }
            var found: [String] = []
            for entry in entries {
                let name = FileName.last(entry.path)
                switch entry.kind {
                case .hidden:
                    let said = UserMessage("hidden or macOS metadata file, not a statement")
                    skipped.append(.init(path: entry.path, said: said))
                    continue
                case .unreadable(let reason):
                    failed.append(.init(path: entry.path, message: reason))
                    continue
                case .file: break
                }
                let ext = FileName.ext(name).lowercased()
                if isDocumentation(name) {
                    skipped.append(
                        .init(
                            path: entry.path,
                            said: UserMessage(
                                "documentation of the folder (a README, licence or codebook), not a statement")))
                    continue
                }
                if otherFormats.contains(ext) {
                    let workbook = ext == "xlsx" && name.lowercased().contains("speaker")
                    skipped.append(
                        .init(
                            path: entry.path,
                            message: workbook
                                ? "a speakers workbook: joined to the corpus's speeches, not imported as text"
                                : "a .\((name as NSString).pathExtension) file, not a text Rostrum reads here"))
                    continue
                }
                found.append(entry.path)
            }
            // Sorted by the path strings, made into addresses after: `URL.path` in the comparison was 3.6
            // million path computations at 106,000 files, two seconds before the first file was read.
            files += found.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
        }
        return files
    }
}

/// File names that are not UTF-8 (Latin-1 names from old archives, say).
enum FileName {
    static let notUTF8 =
        "the file's name is not valid UTF-8 (its other bytes shown as \\xNN), so it cannot be opened by name; "
        + "rename it in UTF-8 (convmv -f latin1 -t utf8) and import it again"

    /// The name with every byte that is not part of valid UTF-8 written `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            if let bad = TextDecoder.firstInvalidUTF8(bytes[i...]) {
                out += String(decoding: bytes[i..<(i + bad)], as: UTF8.self)
                out += String(format: "\\x%02X", bytes[i + bad])
                i += bad + 1
            } else {
                out += String(decoding: bytes[i...], as: UTF8.self)
                break
            }
        }
        return out
    }
}

/// Why a symbolic link cannot be followed to a file, or nil when it is not a link or leads somewhere.
enum LinkProblem {
    static func describe(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        guard stat(path, &info) != 0 else { return nil }
        switch errno {
        case ELOOP: return "a symbolic link loop: following it comes back round without reaching a file"
        case ENOENT: return "a symbolic link to nothing: \(target(of: path) ?? "its target") does not exist"
        default: return "a symbolic link that cannot be followed: \(String(cString: strerror(errno)))"
        }
    }

    static func target(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A folder's regular files, depth first, by `readdir`: hidden entries and `__MACOSX` are reported
/// (not entered). A symbolic link to a file is followed (the file is read); one to a folder is not (a
/// link back up the tree would walk it for ever) and is named, as are links that lead nowhere or round
/// in a loop, pipes, devices, sockets and folders that cannot be opened: nothing is passed over unsaid.
enum DirectoryWalker {
    enum Kind: Equatable { case file, hidden, unreadable(String) }
    struct Entry {
        var path: String
        var kind: Kind
    }

    /// nil when the folder itself cannot be opened (errno says why).
    static func walk(_ root: String, openFolder: (String) -> OpaquePointer? = { opendir($0) }) -> [Entry]? {
        guard let dir = openFolder(root) else { return nil }
        var entries: [Entry] = []
        walk(
            dir, path: root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root, into: &entries,
            openFolder: openFolder)
        return entries
    }

    private static func walk(
        _ dir: OpaquePointer, path: String, into entries: inout [Entry], openFolder: (String) -> OpaquePointer?
    ) {
        defer { closedir(dir) }
        var folders: [String] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafePointer(to: &entry.pointee.d_name) { pointer -> [UInt8] in
                let c = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
                return Array(
                    UnsafeBufferPointer(
                        start: c, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))))
            }
            // A name that is not UTF-8 cannot be held in a Swift string without changing it (a repaired
            // name names no file: it failed as "The file doesn't exist"): it is named, with its bytes.
            guard let name = String(validating: bytes, as: UTF8.self) else {
                entries.append(Entry(path: path + "/" + FileName.escaped(bytes), kind: .unreadable(FileName.notUTF8)))
                continue
            }
            if name == "." || name == ".." { continue }
            let full = path + "/" + name
            if name == "__MACOSX" || name.hasPrefix(".") {
                entries.append(Entry(path: full, kind: .hidden))
                continue
            }
            var type = Int32(entry.pointee.d_type)
            var info = stat()
            if type == Int32(DT_UNKNOWN) {  // some file systems leave the type out: ask (without following links)
                guard lstat(full, &info) == 0 else {
                    entries.append(
                        Entry(path: full, kind: .unreadable("cannot be read: \(String(cString: strerror(errno)))")))
                    continue
                }
                type = dirType(info.st_mode)
            }
            if type == Int32(DT_LNK) {
                if let problem = LinkProblem.describe(full) {
                    entries.append(Entry(path: full, kind: .unreadable(problem)))
                    continue
                }
                guard stat(full, &info) == 0 else { continue }  // gone since readdir
                switch info.st_mode & S_IFMT {
                case S_IFREG: entries.append(Entry(path: full, kind: .file))
                case S_IFDIR:
                    entries.append(
                        Entry(
                            path: full,
                            kind: .unreadable(
                                "a symbolic link to a folder, not followed (a link back up the tree would never end): "
                                    + "import \(realPath(full) ?? "the folder") itself to read it")))
                default:
                    let kind = FileKind.special(info.st_mode) ?? "a special file"
                    entries.append(
                        Entry(path: full, kind: .unreadable("a symbolic link to \(kind): not a regular file")))
                }
                continue
            }
            if type == Int32(DT_REG) {
                entries.append(Entry(path: full, kind: .file))
                continue
            }
            if type == Int32(DT_DIR) {
                folders.append(full)
                continue
            }
            let kind = specialKind(type)
            entries.append(Entry(path: full, kind: .unreadable(TextProblem.notRegularFile(kind: kind).description)))
        }
        for folder in folders {
            guard let sub = openFolder(folder) else {
                entries.append(
                    Entry(
                        path: folder,
                        kind: .unreadable("the folder cannot be read: \(String(cString: strerror(errno)))")))
                continue
            }
            walk(sub, path: folder, into: &entries, openFolder: openFolder)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func dirType(_ mode: mode_t) -> Int32 {
        switch mode & S_IFMT {
        case S_IFREG: return Int32(DT_REG)
        case S_IFDIR: return Int32(DT_DIR)
        case S_IFLNK: return Int32(DT_LNK)
        case S_IFIFO: return Int32(DT_FIFO)
        case S_IFCHR: return Int32(DT_CHR)
        case S_IFBLK: return Int32(DT_BLK)
        case S_IFSOCK: return Int32(DT_SOCK)
        default: return -1
        }
    }

    private static func specialKind(_ type: Int32) -> String {
        switch type {
        case Int32(DT_FIFO): return "a named pipe"
        case Int32(DT_CHR): return "a character device"
        case Int32(DT_BLK): return "a block device"
        case Int32(DT_SOCK): return "a socket"
        default: return "a special file"
        }
    }
}

/// A file name's parts, as NSString's path methods give them for the names a folder holds, without their cost:
/// at 106,000 files they were most of the time spent listing a corpus before its first file was read.
extension FileName {
    /// What follows the last slash.
    static func last(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// What follows the name's last dot, unless the dot opens the name ("a.txt" → "txt", ".profile" → "").
    static func ext(_ name: String) -> String {
        guard let dot = extensionDot(name) else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }

    /// The name without its extension ("a.txt" → "a").
    static func stem(_ name: String) -> String {
        guard let dot = extensionDot(name) else { return name }
        return String(name[..<dot])
    }

    private static func extensionDot(_ name: String) -> String.Index? {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return nil }
        return dot
    }
}

