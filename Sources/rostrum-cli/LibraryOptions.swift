import ArgumentParser
import Foundation
import StatementModel

/// `--library`, shared by every command, and the one way commands open a library.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .long, help: "The library file (default: $ROSTRUM_LIBRARY, else ~/.local/share/rostrum/library.sqlite).")
    var library: String?

    /// The library file these options name.
    var libraryPath: String { RostrumPaths.resolve(libraryOverride: library).library.path }

    func open(seed: Bool = true, tableMapping: ColumnMapping = ColumnMapping()) throws -> StatementLibrary {
        let paths = RostrumPaths.resolve(libraryOverride: library)
        // Not a usage error: one line naming the library and what is wrong with it, and its own exit code.
        let shownPath = Terminal.visible(paths.library.path)
        do {
            let lib = try StatementLibrary.open(paths: paths, tableMapping: tableMapping)
            if seed, let report = try lib.seedIfEmpty(from: paths.defaultData) {
                Terminal.err(
                    "The library was empty: imported \(report.imported.count) default statements from "
                        + "\(paths.defaultData.path).")
            }
            return lib
        } catch let error as RostrumError {
            if case .missingResource = error {
                Terminal.err("rostrum-cli: " + Terminal.visible(error.description))
            } else {
                Terminal.err("rostrum-cli: \(shownPath): \(Terminal.visible(error.description))")
            }
            throw ExitCode.ioError
        } catch {
            Terminal.err("rostrum-cli: \(shownPath): \(Terminal.visible(StorageProblem.describe(error)))")
            throw ExitCode.ioError
        }
    }
}

/// The filters of `list`, `search`, `themes` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only this situation or agenda item, e.g. Syria (repeat for several).")
    var situation: [String] = []
    @Option(name: .long, help: "Only this forum (repeat for several).") var forum: [String] = []
    @Option(name: .long, help: "Only statements with this theme (repeat: all must match).") var theme: [String] = []
    @Option(name: .long, help: "Only this speaker (repeat for several).") var speaker: [String] = []
    @Option(name: .long, help: "Only this country or organisation (repeat for several).") var country: [String] = []
    @Option(name: .long, help: "Only this kind: speech, news report, ... (repeat for several).") var kind: [String] = []
    @Flag(name: .long, help: "Only the statements with no date (the timeline cannot show them).") var undated = false
    @Option(name: .long, help: "From this date (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String?
    @Option(name: .long, help: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).") var to: String?
    @Option(
        name: [.customShort("q"), .long], help: "Full-text query (FTS5: words, \"phrases\", AND, OR, NOT, prefix*).")
    var query: String?

    /// The filters in words, for an export's heading.
    var summary: String {
        var parts: [String] = []
        for (label, values) in [
            ("situation", situation), ("forum", forum), ("theme", theme), ("speaker", speaker), ("country", country),
            ("kind", kind),
        ] where !values.isEmpty {
            parts.append("\(label) \(values.joined(separator: " or "))")
        }
        if undated { parts.append("undated") }
        if from != nil || to != nil { parts.append("from \(from ?? "the start") to \(to ?? "today")") }
        if let query { parts.append("matching “\(query)”") }
        return parts.isEmpty ? "all statements" : parts.joined(separator: "; ")
    }

    func filter() throws -> StatementFilter {
        func day(_ s: String?, first: Bool, flag: String) throws -> String? {
            guard let s else { return nil }
            guard let d = StatementDate(iso: s) else {
                throw ValidationError("--\(flag) \(s): not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return first ? d.firstDay : d.lastDay
        }
        var filter = StatementFilter(
            forums: Set(forum), themes: Set(theme), speakers: Set(speaker), countries: Set(country), kinds: Set(kind),
            from: try day(from, first: true, flag: "from"), to: try day(to, first: false, flag: "to"), text: query,
            situations: Set(situation))
        filter.undated = undated
        return filter
    }
}

enum Terminal {
    static func err(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    /// A value from a file or a file name as it may be printed: control characters made visible, on one line.
    static func visible(_ s: String) -> String { VisibleText.escaped(s) }
    /// A report line about a file: its path and the message (which may quote the file) made visible.
    static func fileLine(_ label: String, _ path: String, _ message: String? = nil) -> String {
        "\(label): \(visible(path))" + (message.map { ": " + visible($0) } ?? "")
    }
}

extension ExitCode {
    /// The library or a file could not be read or written (sysexits' EX_IOERR); 64 stays for usage errors.
    static let ioError = ExitCode(74)
}

/// A file that could not be written: one line (the error names the file and the reason), and
/// `ioError`, not a usage error.
func ioFailure(_ line: String) -> ExitCode {
    Terminal.err("rostrum-cli: " + Terminal.visible(line))
    return .ioError
}

/// Runs a library call, turning Rostrum's own errors into one-line messages and a failing exit (2), and
/// the library's (a disk error while reading) into one line and `ioError`.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as RostrumError {
        Terminal.err("rostrum-cli: " + Terminal.visible(e.description))
        throw ExitCode(2)
    } catch  where StorageProblem.isLibraryError(error) {
        Terminal.err("rostrum-cli: the library: " + Terminal.visible(StorageProblem.describe(error)))
        throw ExitCode.ioError
    }
}
