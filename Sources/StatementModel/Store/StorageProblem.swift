import Foundation
import GRDB

/// A library or file error as one short phrase a user can act on: SQLite's own words with what they
/// mean here, never the SQL that was running or Foundation's dictionary dump.
public enum StorageProblem {
    public static func describe(_ error: any Error) -> String {
        if let rostrum = error as? RostrumError { return rostrum.description }
        if let db = error as? DatabaseError {
            let said = db.message ?? "SQLite error \(db.resultCode.rawValue)"
            switch db.resultCode {
            case .SQLITE_CANTOPEN: return "cannot be opened (\(said)): a folder, or a place that cannot be written?"
            case .SQLITE_NOTADB: return "not a Rostrum library (\(said))"
            case .SQLITE_CORRUPT: return "the library file is damaged (\(said))"
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return "the library cannot be written (\(said))"
            case .SQLITE_FULL: return "the disk is full (\(said))"
            case .SQLITE_IOERR: return "the disk could not be read or written (\(said))"
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "another program kept the library busy too long (\(said))"
            default: return said
            }
        }
        if let code = posixCode(error) { return String(cString: strerror(code)) }
        return error.localizedDescription
    }

    /// Whether a failed write means no later write can succeed either (the disk is full, the file cannot
    /// be written or is damaged), so an import should stop rather than fail every batch after it.
    public static func stopsImport(_ error: any Error) -> Bool {
        guard let db = error as? DatabaseError else { return false }
        return [
            .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_CANTOPEN,
            .SQLITE_PERM,
        ]
        .contains(db.resultCode)
    }

    /// Whether the error came from the library's database (as opposed to Rostrum's own or a file's).
    public static func isLibraryError(_ error: any Error) -> Bool { error is DatabaseError }

    /// The errno under a Foundation error, when there is one.
    static func posixCode(_ error: any Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
            let inner = underlying as NSError
            if inner.domain == NSPOSIXErrorDomain { return Int32(inner.code) }
        }
        return nil
    }
}
