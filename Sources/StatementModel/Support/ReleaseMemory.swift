#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory freed after a large text back to the system. glibc keeps freed blocks in per-thread arenas
/// and, once a block of megabytes has been freed, serves the next from them rather than mapping it: after
/// two 15 MB texts an import held 350 MB where one needed 230 (issue 17). A trim after each large write
/// keeps the peak to one text's.
enum ReleaseMemory {
    /// glibc's `malloc_trim`, looked up once: Swift's Glibc module leaves out `malloc.h`.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()

    static func now() { _ = trim?(0) }
}
