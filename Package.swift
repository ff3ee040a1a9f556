// swift-tools-version:6.0
import Foundation
import PackageDescription

// ROSTRUM_MODEL_ONLY=1 leaves out every target that needs GTK, so the model library and its tool build
// and test on a machine without GTK installed (the tool needs only cairo, for timeline images).
let modelOnly = ProcessInfo.processInfo.environment["ROSTRUM_MODEL_ONLY"] != nil
// ROSTRUM_FUZZ=1 adds the libFuzzer targets (`scripts/fuzz`): they have no main of their own, libFuzzer's
// (linked by -sanitize=fuzzer) calls them, so they build only with that flag.
let fuzzing = ProcessInfo.processInfo.environment["ROSTRUM_FUZZ"] != nil

var products: [Product] = [
    .library(name: "StatementModel", targets: ["StatementModel"]),
    .executable(name: "rostrum-cli", targets: ["rostrum-cli"]),
]
var targets: [Target] = [
    // The statement model: parsing, metadata, themes, storage, queries. No GTK here.
    // poppler's GLib interface: the text and metadata of PDF statements and records.
    .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
    // libxml2's HTML parser: saved web pages parsed as browsers parse them.
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // tesseract's C API: PDFs whose letters are only drawn (scans, fonts that map to no letters) read by OCR.
    .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev"])]),
    // ICU's word boundaries, for names in scripts written without spaces; called through a few C functions
    // (CICU), since ICU's names are macros that add its version ("ubrk_open_72") and Swift cannot call them.
    .systemLibrary(name: "ICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
    .target(name: "CICU", dependencies: ["ICU"]),
    .target(
        name: "StatementModel",
        dependencies: [
            "CPoppler", "CLibXML2", "CTesseract", "CICU", "Translations",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API itself, for the progress handler that lets a stale search be given up.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),  // reads .xlsx workbooks (zips of XML)
        ]),
    // gettext's runtime (libintl.h, in the C library), and `tr`/`trn` over it: the texts the window shows (its own,
    // the charts' and the cards') in the user's language.
    .systemLibrary(name: "CIntl"),
    .target(name: "Translations", dependencies: ["CIntl"]),
    // cairo and Pango (not GTK): the timeline and presentation cards drawn to PNG, SVG or PDF without a display.
    .systemLibrary(name: "CCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
    .target(name: "TimelineChart", dependencies: ["StatementModel", "CCairo", "Translations"]),
    // Presentation cards painted for the screen and for a story's PDF, by the same code.
    .target(name: "PresentationCards", dependencies: ["StatementModel", "TimelineChart", "CCairo", "Translations"]),
    .executableTarget(
        name: "rostrum-cli",
        dependencies: [
            "StatementModel", "TimelineChart", "PresentationCards",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    .testTarget(
        name: "StatementModelTests",
        dependencies: ["StatementModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    // What the window shows and asks, with no GTK in reach: built and tested with or without a display.
    .target(
        name: "RostrumViewModel",
        dependencies: ["StatementModel", "TimelineChart", "PresentationCards", "Translations"]),
    .testTarget(
        name: "RostrumViewModelTests",
        dependencies: ["RostrumViewModel", "StatementModel", "PresentationCards", "Translations"]),
]
if fuzzing {
    targets.append(.executableTarget(name: "rostrum-fuzz", dependencies: ["StatementModel"]))
}
if !modelOnly {
    products.append(.executable(name: "rostrum", targets: ["Rostrum"]))
    targets += [
        // GTK 4 and libadwaita headers (libadwaita's pkg-config file brings GTK's along).
        .systemLibrary(
            name: "CGtk", pkgConfig: "libadwaita-1", providers: [.apt(["libgtk-4-dev", "libadwaita-1-dev"])]),
        // The thin Swift layer over GTK: signals, lifetimes, list models, the widgets the app uses. Like every
        // target here it is in Swift 6 mode (the package's tools version): GTK calls back on the main thread only,
        // and nothing of it is handed to another thread.
        .target(name: "GtkKit", dependencies: ["CGtk"]),
        // GtkKit's descriptors against GLib's records of the signals (types only: no display needed).
        .testTarget(name: "GtkKitTests", dependencies: ["GtkKit", "CGtk"]),
        .executableTarget(
            name: "Rostrum",
            dependencies: [
                "StatementModel", "RostrumViewModel", "TimelineChart", "PresentationCards", "Translations", "GtkKit",
                "CGtk",
            ]),
    ]
}

let package = Package(
    name: "Rostrum",
    platforms: [.macOS(.v13)],
    products: products,
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: targets
)
