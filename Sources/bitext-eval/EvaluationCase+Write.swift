import Bitext
import Foundation

extension EvaluationCase {
  /// Writes the case's text to `path`, to run the CLI on it; with two files,
  /// the Chinese one beside it as `NAME.zh.md` (`case.md` gives `case.zh.md`).
  func write(to path: String) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let stem = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    try chineseText?.write(toFile: stem + ".zh.md", atomically: true, encoding: .utf8)
  }
}
