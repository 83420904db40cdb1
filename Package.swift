// swift-tools-version: 6.0
// Bitext: aligns bilingual English/Chinese transcripts.
// The library has no package dependencies: Foundation and the toolchain's test libraries only.
import PackageDescription

let package = Package(
  name: "Bitext",
  products: [
    .library(name: "Bitext", targets: ["Bitext"]),
    .executable(name: "bitext", targets: ["bitext"]),
  ],
  targets: [
    .target(name: "Bitext"),
    .executableTarget(name: "bitext", dependencies: ["Bitext"]),
    // The evaluation harness of Docs/Alignment.md; the CLI does not need it.
    .executableTarget(name: "bitext-eval", dependencies: ["Bitext"]),
    // The fuzz driver (Scripts/fuzz.sh); built normally it replays inputs.
    .executableTarget(name: "bitext-fuzz", dependencies: ["Bitext"]),
    .testTarget(
      name: "BitextTests",
      dependencies: ["Bitext", "bitext"],
      exclude: ["Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
