import Foundation

/// Lists the files an import will read, in a stable order, passing over what is not a statement.
enum FileCollector {
    /// Formats that are certainly not a statement's text; named so the user knows why they were passed over.
    static let otherFormats: Set<String> = ["xlsx", "xls", "docx", "doc", "zip", "gz", "png", "jpg", "jpeg", "gif", "sqlite", "db", "rhistory", "rdata", "rds", "json"]

    /// A folder's own documentation, as corpora ship it: passed over in a folder, read when named alone.
    static func isDocumentation(_ name: String) -> Bool {
        let stem = ((name as NSString).deletingPathExtension).lowercased()
        let ext = (name as NSString).pathExtension.lowercased()
        guard ["", "txt", "md", "rst", "pdf"].contains(ext) else { return false }
        return ["readme", "license", "licence", "copying", "changelog", "changes", "citation", "notice", "codebook", "authors"]
            .contains { stem == $0 || stem.hasPrefix($0 + "_") || stem.hasPrefix($0 + "-") || stem.hasPrefix($0 + " ") || stem.hasPrefix($0 + ".") }
    }

    static func collect(_ urls: [URL], skipped: inout [ImportReport.Entry], failed: inout [ImportReport.Entry]) -> [URL] {
        var files: [URL] = []
        for url in urls {
            var info = stat()
            guard stat(url.path, &info) == 0 else {
                failed.append(.init(path: url.path, message: "no such file or folder")); continue
            }
            // A device or a pipe named on the command line is refused here, before anything opens it.
            if let kind = FileKind.special(info.st_mode) {
                failed.append(.init(path: url.path, message: TextProblem.notRegularFile(kind: kind).description)); continue
            }
            if info.st_mode & S_IFMT != S_IFDIR { files.append(url); continue }
            // A folder is walked with readdir: its entries' types come with their names, where Foundation's
            // enumerator asked for each file's resource values (most of the time of collecting 100,000 files).
            guard let entries = DirectoryWalker.walk(url.path) else {
                failed.append(.init(path: url.path, message: "the folder cannot be read")); continue
            }
            var found: [URL] = []
            for entry in entries {
                let name = (entry.path as NSString).lastPathComponent
                if entry.hidden {
                    skipped.append(.init(path: entry.path, message: "hidden or macOS metadata file, not a statement")); continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                if isDocumentation(name) {
                    skipped.append(.init(path: entry.path, message: "documentation of the folder (a README, licence or codebook), not a statement"))
                    continue
                }
                if otherFormats.contains(ext) {
                    let workbook = ext == "xlsx" && name.lowercased().contains("speaker")
                    skipped.append(.init(path: entry.path, message: workbook ? "a speakers workbook: joined to the corpus's speeches, not imported as text"
                                                                              : "a .\((name as NSString).pathExtension) file, not a text Rostrum reads here"))
                    continue
                }
                found.append(URL(fileURLWithPath: entry.path, isDirectory: false))
            }
            files += found.sorted { $0.path < $1.path }
        }
        return files
    }
}

/// A folder's regular files, depth first, by `readdir`: hidden entries and `__MACOSX` are reported
/// (not entered); symbolic links are passed over, as Foundation's enumerator did (no cycles).
enum DirectoryWalker {
    struct Entry { var path: String; var hidden: Bool }

    /// nil when the folder itself cannot be opened; unreadable folders inside it are passed over.
    static func walk(_ root: String) -> [Entry]? {
        guard let dir = opendir(root) else { return nil }
        var entries: [Entry] = []
        walk(dir, path: root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root, into: &entries)
        return entries
    }

    private static func walk(_ dir: OpaquePointer, path: String, into entries: inout [Entry]) {
        defer { closedir(dir) }
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            let full = path + "/" + name
            if name == "__MACOSX" || name.hasPrefix(".") { entries.append(Entry(path: full, hidden: true)); continue }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {  // some file systems leave the type out: ask (without following links)
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                let mode = info.st_mode & S_IFMT
                type = mode == S_IFREG ? Int32(DT_REG) : mode == S_IFDIR ? Int32(DT_DIR) : -1
            }
            if type == Int32(DT_REG) { entries.append(Entry(path: full, hidden: false)) } else if type == Int32(DT_DIR) { folders.append(full) }
        }
        for folder in folders {
            guard let sub = opendir(folder) else { continue }
            walk(sub, path: folder, into: &entries)
        }
    }
}
