import Foundation

/// Turns the paths given to `bitext check` into the documents to check.
///
/// A file is checked whatever its name; a directory is searched recursively
/// for files ending in one of ``extensions``, in name order, skipping hidden
/// files and folders (names starting with `.`) and not following symbolic
/// links to folders. Files named `NAME.en.EXT` and `NAME.zh.EXT` in the same
/// folder (also `zh-CN`, `zh-Hans`, `zh-TW`, `zh-Hant`, any case) form one
/// two-file document.
///
/// ```swift
/// let inputs = DocumentFinder().find(["docs", "README.md"])
/// // [.pair(english: "docs/talk.en.md", chinese: "docs/talk.zh.md"), .file("README.md")]
/// ```
///
/// Paths that do not exist are passed on as files, so that reading them
/// reports ``BitextError/fileNotFound(file:)`` in order.
public struct DocumentFinder: Sendable {
  /// The file name extensions searched for in folders, without the dot, lowercase.
  public var extensions: Set<String>

  /// Creates a finder for `extensions` (by default `md`, `markdown` and `txt`).
  public init(extensions: Set<String> = ["md", "markdown", "txt"]) {
    self.extensions = extensions
  }

  /// The language tags that mark the Chinese file of a pair, lowercase.
  static let chineseTags: Set<String> = ["zh", "zh-cn", "zh-hans", "zh-tw", "zh-hant"]

  /// The documents under `paths`, in the order given (folders in name order).
  public func find(_ paths: [String]) -> [CheckInput] {
    var files: [String] = []
    var seen = Set<String>()
    for path in paths {
      for file in expand(path) where seen.insert(file).inserted {
        files.append(file)
      }
    }
    return pair(files)
  }

  private func expand(_ path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return [path] }
    var found: [String] = []
    walk(path, into: &found)
    return found
  }

  private func walk(_ directory: String, into found: inout [String]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    let prefix = directory == "." ? "" : directory.hasSuffix("/") ? directory : directory + "/"
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = prefix + name
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      let type = attributes?[.type] as? FileAttributeType
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        if type != .typeSymbolicLink { walk(path, into: &found) }
      } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
        found.append(path)
      }
    }
  }

  /// Replaces each `NAME.en.EXT` that has a `NAME.zh.EXT` beside it by a pair.
  private func pair(_ files: [String]) -> [CheckInput] {
    var chineseByStem: [String: String] = [:]
    for file in files {
      if let (stem, tag) = Self.split(file), Self.chineseTags.contains(tag), chineseByStem[stem] == nil {
        chineseByStem[stem] = file
      }
    }
    var paired = Set<String>()
    var pairs: [String: String] = [:]
    for file in files {
      if let (stem, tag) = Self.split(file), tag == "en", let chinese = chineseByStem[stem],
        !paired.contains(chinese)
      {
        pairs[file] = chinese
        paired.insert(chinese)
      }
    }
    var inputs: [CheckInput] = []
    for file in files where !paired.contains(file) {
      if let chinese = pairs[file] {
        inputs.append(.pair(english: file, chinese: chinese))
      } else {
        inputs.append(.file(file))
      }
    }
    return inputs
  }

  /// `("docs/talk", "zh")` for `docs/talk.zh.md`: the path without its last
  /// two extensions, and the language tag (lowercase); `nil` without a tag.
  static func split(_ path: String) -> (stem: String, tag: String)? {
    guard let lastDot = path.lastIndex(of: ".") else { return nil }
    let withoutExtension = path[..<lastDot]
    guard let tagDot = withoutExtension.lastIndex(of: "."),
      !withoutExtension[tagDot...].contains("/")
    else { return nil }
    let stem = String(withoutExtension[..<tagDot])
    guard !stem.isEmpty, !stem.hasSuffix("/") else { return nil }
    return (stem, withoutExtension[withoutExtension.index(after: tagDot)...].lowercased())
  }
}
