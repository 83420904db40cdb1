import Foundation
import Testing

/// Golden files in `Tests/BitextTests/Snapshots/`, found relative to this file.
///
/// A missing golden, or any golden when `RECORD_SNAPSHOTS=1` is set, is
/// written from the actual output and the check FAILS, so a recording is
/// never mistaken for a pass. A mismatch fails with a line diff.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // BitextTests
    .appendingPathComponent("Snapshots")

  static func path(_ name: String) -> URL {
    directory.appendingPathComponent(name)
  }

  /// Compares `actual` with the golden file `name`.
  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = path(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      do {
        try Data(actual.utf8).write(to: url)
        Issue.record("Recorded snapshot \(name); check it and run the tests again.", sourceLocation: sourceLocation)
      } catch {
        Issue.record("Cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard actual != expected else { return }
    Issue.record(
      "Output differs from snapshot \(name):\n\(lineDiff(expected: expected, actual: actual))",
      sourceLocation: sourceLocation)
  }

  /// The lines that differ, as `-expected` / `+actual` with line numbers (first 40).
  static func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? old[index] : nil
      let after = index < new.count ? new[index] : nil
      guard before != after else { continue }
      if let before { report.append("\(index + 1)\t-\(before)") }
      if let after { report.append("\(index + 1)\t+\(after)") }
      if report.count >= 40 {
        report.append("…")
        break
      }
    }
    return report.joined(separator: "\n")
  }
}
