/// One document to check: a file, or an English file and its Chinese translation.
public enum CheckInput: Sendable, Hashable, Codable {
  /// A single file (bilingual, or in one language); `-` is standard input.
  case file(String)
  /// A document kept in two files, such as `talk.en.md` and `talk.zh.md`.
  case pair(english: String, chinese: String)

  /// The file that names the document in reports: the file, or the English file of a pair.
  public var primaryFile: String {
    switch self {
    case .file(let path): path
    case .pair(let english, _): english
    }
  }
}
