// swift-tools-version: 6.0
import PackageDescription

/// Petition Printer: plain-text letters and signatory lists to print-ready PDFs.
///
/// The pipeline flows one way and the targets follow it:
/// PetitionDocument (inputs) -> PetitionLayout (uses Typography + Breaking) -> DisplayList
/// -> CairoRenderer. Only Typography and CairoRenderer touch C libraries.
let package = Package(
    name: "PetitionPrinter",
    // macOS 15: Synchronization's `Mutex` and `Atomic`, the package's one way to lock.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "petition", targets: ["petition"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C libraries, each wrapped once.
        .target(name: "CICUShim", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CRSVG", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        // librsvg (and GLib) behind a plain-C header, for SVG logos.
        .target(name: "CSVGShim", dependencies: ["CRSVG"]),

        // No fonts, and no C library but ICU through CICUShim (collation, charsets).
        .target(name: "Diagnostics"),
        .target(name: "Breaking"),
        // ICU (CICUShim) decodes the single-byte charsets of dictionary files.
        .target(name: "Hyphenation", dependencies: ["Diagnostics", "CICUShim"]),
        .target(name: "PetitionDocument", dependencies: ["Diagnostics", "CICUShim", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "LayoutFile", dependencies: ["Diagnostics"]),
        .target(name: "DisplayList"),
        // The words the program prints, per language (locales/*.toml), with ICU's plural rules,
        // number and date formats.
        .target(name: "Localisation", dependencies: ["LayoutFile", "Diagnostics", "CICUShim"]),

        // Text: fonts, shaping, bidi, break opportunities.
        .target(name: "Typography", dependencies: ["CICUShim", "CHarfBuzz", "Hyphenation", "DisplayList", "Diagnostics"]),
        // Lays out a document into pages of positioned glyph runs. Never sees Cairo.
        .target(name: "PetitionLayout", dependencies: ["PetitionDocument", "LayoutFile", "Localisation", "Typography", "Hyphenation", "Breaking", "DisplayList", "Diagnostics"]),
        // Draws display-list pages with Cairo. Makes no layout decisions.
        .target(name: "CairoRenderer", dependencies: ["DisplayList", "Diagnostics", "CCairo", "CFreeType", "CSVGShim"]),
        // Facade: read inputs, pick layout and fonts, lay out, render, write atomically.
        .target(name: "PetitionPrinter", dependencies: [
            "PetitionDocument", "LayoutFile", "Localisation", "PetitionLayout", "Typography", "Hyphenation", "CairoRenderer", "DisplayList", "Diagnostics",
        ]),
        // HTTP server for `petition serve`: a web page and an API over PetitionPrinter.
        .target(name: "PetitionServer", dependencies: [
            "PetitionPrinter", "LayoutFile", "Localisation", "Diagnostics",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(name: "petition", dependencies: [
            "PetitionPrinter", "PetitionLayout", "LayoutFile", "Diagnostics", "PetitionServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Where tests find the repository's files, the letter corpus and system files (no dependencies).
        .target(name: "TestResources", path: "Tests/TestResources"),
        .testTarget(name: "BreakingTests", dependencies: ["Breaking", "TestResources"]),
        .testTarget(name: "HyphenationTests", dependencies: ["Hyphenation", "TestResources"]),
        .testTarget(name: "PetitionDocumentTests", dependencies: ["PetitionDocument", "TestResources"]),
        .testTarget(name: "LayoutFileTests", dependencies: ["LayoutFile"]),
        .testTarget(name: "LocalisationTests", dependencies: ["Localisation", "LayoutFile", "Diagnostics"]),
        .target(name: "TypographyTestSupport", dependencies: ["Typography", "TestResources"], path: "Tests/TypographyTestSupport"),
        .testTarget(name: "TypographyTests", dependencies: ["Typography", "TypographyTestSupport"]),
        .testTarget(name: "PetitionLayoutTests", dependencies: [
            "PetitionLayout", "Typography", "TypographyTestSupport", "PetitionDocument", "LayoutFile", "Localisation", "DisplayList",
            "Diagnostics",
        ]),
        .testTarget(name: "CairoRendererTests", dependencies: ["CairoRenderer", "DisplayList", "CCairo", "CFreeType", "TestResources"]),
        .testTarget(name: "PetitionServerTests", dependencies: [
            "PetitionServer", "Localisation", "TestResources",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["PetitionPrinter", "CairoRenderer", "DisplayList", "Typography", "TestResources"]),
    ],
    swiftLanguageModes: [.v6]
)
