import Bitext

/// Hand-written documents for the coverage rules, where the right pairing is unambiguous.
enum CoverageSamples {
  /// The 1-based line on which the first line starting with `prefix` stands in `text`.
  static func line(of prefix: String, in text: String) -> Int? {
    var number = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix(prefix) { return number }
      number += 1
    }
    return nil
  }

  /// Checks `text` as a one-file document named `name`.
  static func check(
    _ text: String, name: String = "doc.md", options: CoverageChecker.Options = .default
  ) throws -> DocumentCoverage {
    CoverageChecker(options: options).check(try BilingualDocument(parsing: text, source: name))
  }

  /// A clean two-section document: every paragraph translated, headings in Chinese.
  static let clean = """
    # 介绍

    Welcome to the show, everyone. Today we talk about open models.

    欢迎大家收听本期节目。今天我们聊聊开源模型。

    Our guest has built several companies in this space.

    我们的嘉宾在这个领域创办过好几家公司。

    ## 市场

    Prices for inference have fallen by ninety percent this year.

    今年推理的价格下降了百分之九十。

    """

  /// The end of a section is left untranslated: its last two English paragraphs have no Chinese.
  static let missingTail = """
    # 介绍

    Welcome to the show, everyone. Today we talk about open models.

    欢迎大家收听本期节目。今天我们聊聊开源模型。

    Our guest has built several companies in this space.

    We will also cover chips, power and the trade deal.

    ## 市场

    Prices for inference have fallen by ninety percent this year.

    今年推理的价格下降了百分之九十。

    """

  /// A translator's note with no source, at the end of a section.
  static let orphanNote = """
    # 介绍

    Welcome to the show, everyone. Today we talk about open models.

    欢迎大家收听本期节目。今天我们聊聊开源模型。

    译者注：本期节目录制于二零二五年十月。

    """
}
