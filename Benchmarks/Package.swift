// swift-tools-version: 6.0
// Benchmarks for Bitext, kept out of the library's own Package.swift so that the
// library stays free of dependencies and `swift test` never times anything.
//
//   swift run -c release --package-path Benchmarks bitext-benchmarks --help
import PackageDescription

let package = Package(
  name: "BitextBenchmarks",
  dependencies: [.package(name: "Bitext", path: "..")],
  targets: [
    .executableTarget(
      name: "bitext-benchmarks",
      dependencies: [.product(name: "Bitext", package: "Bitext")],
      path: "Sources/BitextBenchmarks"
    )
  ],
  swiftLanguageModes: [.v6]
)
