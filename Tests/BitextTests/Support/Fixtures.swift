import Bitext
import Foundation

/// Access to the repository's `Fixtures/` folder, found relative to this file
/// so that tests work from any working directory.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // BitextTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Fixtures")

  /// The bilingual BG2 transcript (the primary fixture).
  static let transcriptName = "bg2-open-source-ai.md"

  static func path(_ name: String) -> String {
    directory.appendingPathComponent(name).path
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
  }

  /// The parsed bilingual transcript.
  static func transcript() throws -> BilingualDocument {
    try BilingualDocument(contentsOf: path(transcriptName))
  }
}

/// A scratch directory for one test, removed when the value is released.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bitext-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes `bytes` to `name` and returns its path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes `text` as UTF-8 to `name` and returns its path.
  @discardableResult
  func write(_ name: String, text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }
}
