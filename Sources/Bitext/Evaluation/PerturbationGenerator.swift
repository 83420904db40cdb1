/// Generates perturbed copies of a clean bilingual document, with their gold
/// alignment: the evaluation harness of `Docs/Alignment.md`.
///
/// ```swift
/// let generator = try PerturbationGenerator(cleanDocument: transcript)
/// let test = generator.generate(.dropTranslation, density: 0.15, seed: 1)
/// let score = test.score(Aligner().align(try BilingualDocument(parsing: test.text)))
/// ```
public struct PerturbationGenerator: Sendable {
  /// One clean section: its heading line and its translation pairs.
  public struct CleanSection: Sendable, Hashable {
    /// The heading line as written (`### …`).
    public var heading: String
    /// English paragraphs with their Chinese translations.
    public var pairs: [(english: String, chinese: String)]

    /// Creates a section.
    public init(heading: String, pairs: [(english: String, chinese: String)]) {
      self.heading = heading
      self.pairs = pairs
    }

    /// Compares headings and pairs.
    public static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.heading == rhs.heading && lhs.pairs.elementsEqual(rhs.pairs) { $0 == $1 }
    }

    /// Hashes the heading and pairs.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(heading)
      for pair in pairs {
        hasher.combine(pair.english)
        hasher.combine(pair.chinese)
      }
    }
  }

  /// The front matter lines, `---` included, or `[]`.
  public var frontMatter: [String]
  /// The clean sections.
  public var sections: [CleanSection]

  /// Creates a generator from its parts.
  public init(frontMatter: [String], sections: [CleanSection]) {
    self.frontMatter = frontMatter
    self.sections = sections
  }

  /// Creates a generator from a clean interleaved document (such as the
  /// bundled transcript): each section's k-th English paragraph with its
  /// k-th Chinese paragraph.
  public init(cleanDocument document: BilingualDocument) {
    var lines: [String] = []
    if let frontMatter = document.frontMatter {
      var text = document.text
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(frontMatter.endLine).map(String.init)
    }
    let sections = document.sections.map { section in
      let heading = section.heading.map { String(repeating: "#", count: $0.level) + " " + $0.text } ?? ""
      let pairs = zip(section.paragraphs(in: .english), section.paragraphs(in: .chinese)).map {
        (english: String($0.text), chinese: String($1.text))
      }
      return CleanSection(heading: heading, pairs: pairs)
    }
    self.init(frontMatter: lines, sections: sections)
  }

  /// A generator with one section of `count` pairs, cycling through this
  /// generator's pairs: the large-section benchmark.
  public func repeated(toPairs count: Int) -> PerturbationGenerator {
    let all = sections.flatMap(\.pairs)
    guard !all.isEmpty else { return self }
    let pairs = (0..<count).map { all[$0 % all.count] }
    return PerturbationGenerator(frontMatter: frontMatter, sections: [CleanSection(heading: "### Long", pairs: pairs)])
  }

  /// Generators of short documents: each run of `count` consecutive pairs
  /// (a last shorter run left out) as one section, under the heading of the
  /// section its first pair is from, with the same front matter. A short
  /// document is where a model estimated from its own pairs is least sure.
  public func runs(ofPairs count: Int) -> [PerturbationGenerator] {
    let all = sections.flatMap { section in section.pairs.map { (heading: section.heading, pair: $0) } }
    guard count > 0, all.count >= count else { return [] }
    return stride(from: 0, through: all.count - count, by: count).map { start in
      let run = all[start..<start + count]
      return PerturbationGenerator(
        frontMatter: frontMatter, sections: [CleanSection(heading: run[start].heading, pairs: run.map(\.pair))])
    }
  }

  /// The pairs in all sections.
  public var pairCount: Int { sections.reduce(0) { $0 + $1.pairs.count } }

  /// A document where a `density` share of the pairs got `perturbation`
  /// (`nil` for none), laid out as `layout`, drawn with `seed`.
  public func generate(
    _ perturbation: Perturbation?, density: Double, layout: EvaluationLayout = EvaluationLayout(),
    seed: UInt64
  ) -> EvaluationCase {
    var random = SeededGenerator(seed: seed)
    let total = pairCount
    let wanted = perturbation == nil ? 0 : min(total, Int((density * Double(total)).rounded()))
    var chosen = Set<Int>()
    while chosen.count < wanted { chosen.insert(Int.random(in: 0..<total, using: &random)) }

    var writer = DocumentWriter(layout: layout)
    if !layout.noFrontMatter {
      writer.lines = frontMatter
      writer.chineseLines = frontMatter
    }
    var index = 0
    for section in sections {
      writer.heading(section.heading)
      var drafts: [Draft] = []
      var k = 0
      while k < section.pairs.count {
        let pair = section.pairs[k]
        let global = index + k
        k += 1
        guard chosen.contains(global), var kind = perturbation else {
          drafts.append(Draft(english: [pair.english], chinese: [pair.chinese]))
          continue
        }
        if kind == .combined { kind = Perturbation.pairLevel.randomElement(using: &random) ?? .dropSource }
        switch kind {
        case .dropTranslation:
          drafts.append(Draft(english: [pair.english], chinese: []))
        case .dropSource:
          drafts.append(Draft(english: [], chinese: [pair.chinese]))
        case .mergeSources where k < section.pairs.count:
          let next = section.pairs[k]
          k += 1
          drafts.append(Draft(english: [pair.english, next.english], chinese: [pair.chinese + next.chinese]))
        case .splitTranslation:
          if let halves = Self.split(pair.chinese) {
            drafts.append(Draft(english: [pair.english], chinese: [halves.0, halves.1]))
          } else {
            drafts.append(Draft(english: [pair.english], chinese: [pair.chinese]))
          }
        case .swapOrder:
          drafts.append(Draft(english: [pair.english], chinese: [pair.chinese], swapped: true))
        case .translatorNote:
          drafts.append(Draft(english: [pair.english], chinese: [pair.chinese]))
          let note = Self.notes[Int.random(in: 0..<Self.notes.count, using: &random)]
          drafts.append(Draft(english: [], chinese: [note]))
        case .mergeSources, .combined:
          drafts.append(Draft(english: [pair.english], chinese: [pair.chinese]))
        }
      }
      index += section.pairs.count
      writer.write(drafts)
    }
    return EvaluationCase(text: writer.text, chineseText: writer.chineseText, gold: writer.gold)
  }

  /// Translator's notes of the kind real documents carry.
  static let notes = [
    "译注：原文为口语表达，此处意译。",
    "译注：指美国与欧盟之间的贸易协议。",
    "译者注：此处的“开源”指模型权重公开。",
    "译注：播客嘉宾在此处语速较快，部分内容根据上下文补全。",
  ]

  /// Splits a Chinese paragraph at the sentence end nearest its middle.
  static func split(_ text: String) -> (String, String)? {
    let scalars = Array(text.unicodeScalars)
    let middle = scalars.count / 2
    var best: Int?
    for (offset, scalar) in scalars.enumerated().dropLast() where scalar == "。" || scalar == "？" || scalar == "！" {
      if best.map({ abs(offset - middle) < abs($0 - middle) }) ?? true { best = offset }
    }
    guard let cut = best else { return nil }
    var first = String.UnicodeScalarView()
    first.append(contentsOf: scalars[...cut])
    var second = String.UnicodeScalarView()
    second.append(contentsOf: scalars[(cut + 1)...])
    return (String(first), String(second))
  }

  /// A segment before it is written.
  struct Draft {
    var english: [String]
    var chinese: [String]
    var swapped = false
  }

  /// Writes drafts as lines, remembering where each paragraph lands.
  struct DocumentWriter {
    let layout: EvaluationLayout
    var lines: [String] = []
    /// The Chinese file's lines in the two-file layout.
    var chineseLines: [String] = []
    var gold: [GoldSegment] = []

    init(layout: EvaluationLayout) {
      self.layout = layout
    }

    /// A heading and the blank line after it, in both files.
    mutating func heading(_ text: String) {
      lines += [text, ""]
      if layout.twoFiles { chineseLines += [text, ""] }
    }

    /// Writes `paragraph` followed by a blank line; returns its line number.
    mutating func paragraph(_ text: String) -> Int {
      lines.append(text)
      lines.append("")
      return lines.count - 1
    }

    /// Writes a paragraph to the Chinese file; returns its line number there.
    mutating func chineseParagraph(_ text: String) -> Int {
      chineseLines.append(text)
      chineseLines.append("")
      return chineseLines.count - 1
    }

    mutating func write(_ drafts: [Draft]) {
      if layout.twoFiles {
        for draft in drafts {
          let english = draft.english.map { paragraph($0) }
          let chinese = draft.chinese.map { chineseParagraph($0) }
          gold.append(GoldSegment(english: english, chinese: chinese))
        }
        return
      }
      if layout.blocks {
        var englishLines: [[Int]] = []
        var chineseLines: [[Int]] = []
        let first = layout.chineseFirst ? \Draft.chinese : \Draft.english
        let second = layout.chineseFirst ? \Draft.english : \Draft.chinese
        var firstLines: [[Int]] = []
        for draft in drafts { firstLines.append(draft[keyPath: first].map { paragraph($0) }) }
        var secondLines: [[Int]] = []
        for draft in drafts { secondLines.append(draft[keyPath: second].map { paragraph($0) }) }
        englishLines = layout.chineseFirst ? secondLines : firstLines
        chineseLines = layout.chineseFirst ? firstLines : secondLines
        for index in drafts.indices {
          gold.append(GoldSegment(english: englishLines[index], chinese: chineseLines[index]))
        }
        return
      }
      for draft in drafts {
        let chineseFirst = layout.chineseFirst != draft.swapped
        var english: [Int] = []
        var chinese: [Int] = []
        if chineseFirst {
          chinese = draft.chinese.map { paragraph($0) }
          english = draft.english.map { paragraph($0) }
        } else {
          english = draft.english.map { paragraph($0) }
          chinese = draft.chinese.map { paragraph($0) }
        }
        gold.append(GoldSegment(english: english, chinese: chinese))
      }
    }

    var text: String { file(lines) }

    var chineseText: String? { layout.twoFiles ? file(chineseLines) : nil }

    func file(_ lines: [String]) -> String {
      let body = lines.joined(separator: layout.windowsLineEndings ? "\r\n" : "\n")
      return (layout.windowsLineEndings ? "\u{FEFF}" : "") + body + (layout.windowsLineEndings ? "\r\n" : "\n")
    }
  }
}

extension EvaluationCase {
  /// Scores `alignment` (of ``text``) against the gold segments.
  public func score(_ alignment: Alignment) -> LinkScore {
    LinkScore(predicted: alignment.segments.map(GoldSegment.init), gold: gold)
  }
}
