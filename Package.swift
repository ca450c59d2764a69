// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "contested",
  products: [
    .library(name: "ContestedKit", targets: ["ContestedKit"]),
    .library(name: "ContestedStore", targets: ["ContestedStore"]),
    .executable(name: "contested", targets: ["contested"]),
    .executable(name: "contested-bench", targets: ["contested-bench"]),
    .executable(name: "contested-fuzz", targets: ["contested-fuzz"]),
    .executable(name: "contested-train", targets: ["contested-train"]),
  ],
  targets: [
    // Pure domain logic: value types, matching, extraction, reconciliation, rendering. No I/O.
    .target(name: "ContestedKit", dependencies: ["CContestedSHA"]),
    // The project's only C: SHA-256 on the CPU's SHA extensions, chosen at run time (Swift fallback in ContestedKit).
    .target(name: "CContestedSHA"),
    // Pure syntax layer: CoNLL-U, news tokenisation, UPOS tagger, dependency parser, model format. No I/O.
    .target(name: "ContestedSyntax", dependencies: ["ContestedKit"]),
    // The only target that touches the disk: workspace, ledger, loaders (and the bundled syntax model).
    .target(
      name: "ContestedStore", dependencies: ["ContestedKit", "ContestedSyntax"],
      resources: [.copy("Resources/english-ewt.model")]),
    // Trains the syntax model from a UD treebank (docs/syntax.md).
    .executableTarget(name: "contested-train", dependencies: ["ContestedSyntax", "ContestedStore"]),
    // Argument parsing, commands, output and exit codes; testable in-process.
    .target(name: "ContestedCLI", dependencies: ["ContestedKit", "ContestedStore", "ContestedSyntax"]),
    .executableTarget(name: "contested", dependencies: ["ContestedCLI"]),
    // Benchmarks against the peers in ../shared/bench (run with -c release).
    .executableTarget(
      name: "contested-bench", dependencies: ["ContestedKit", "ContestedStore", "ContestedCLI", "ContestedSyntax"]),
    // Fuzzing entry points over untrusted input (docs/architecture.md, "Fuzzing"); contested-fuzz replays files,
    // or is the libFuzzer binary when built with -sanitize=fuzzer -DFUZZING.
    .target(name: "ContestedFuzz", dependencies: ["ContestedKit", "ContestedSyntax"]),
    .executableTarget(name: "contested-fuzz", dependencies: ["ContestedFuzz"]),
    .target(
      name: "ContestedTestSupport", dependencies: ["ContestedKit"],
      path: "Tests/ContestedTestSupport"),
    .testTarget(
      name: "ContestedKitTests", dependencies: ["ContestedKit", "ContestedTestSupport"]),
    .testTarget(name: "ContestedSyntaxTests", dependencies: ["ContestedSyntax", "ContestedTestSupport"]),
    .testTarget(
      name: "ContestedStoreTests",
      dependencies: ["ContestedStore", "ContestedKit", "ContestedSyntax", "ContestedTestSupport"]),
    .testTarget(
      name: "ContestedCLITests",
      dependencies: [
        "ContestedCLI", "ContestedStore", "ContestedKit", "contested", "ContestedTestSupport", "ContestedFuzz",
      ]),
  ]
)

for target in package.targets where target.name != "CContestedSHA" {
  target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}
