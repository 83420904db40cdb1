import Testing

@testable import Bitext

@Suite struct CoverageRuleTests {
  @Test func cleanDocumentIsFullyCovered() throws {
    let coverage = try CoverageSamples.check(CoverageSamples.clean)
    #expect(coverage.findings.allSatisfy { $0.rule == .lowConfidence })
    #expect(coverage.counts.englishParagraphs == 3)
    #expect(coverage.counts.translatedParagraphs == 3)
    #expect(coverage.counts.coverage == 1)
    #expect(coverage.meetsMinimumCoverage)
    #expect(coverage.sections.map(\.heading) == ["介绍", "市场"])
    #expect(coverage.sections.map(\.line) == [1, 11])
    #expect(coverage.sections.map(\.counts.englishParagraphs) == [2, 1])
  }

  @Test func untranslatedParagraphsAtTheEndOfASection() throws {
    let text = CoverageSamples.missingTail
    let coverage = try CoverageSamples.check(text)
    let lines = [
      CoverageSamples.line(of: "Our guest", in: text), CoverageSamples.line(of: "We will also", in: text),
    ]
    #expect(lines == [7, 9])
    #expect(coverage.findings.map(\.rule) == [.untranslated, .untranslated])
    #expect(coverage.findings.map(\.line) == [7, 9])
    #expect(coverage.findings.map(\.column) == [1, 1])
    #expect(coverage.findings.allSatisfy { $0.severity == .error && $0.file == "doc.md" })
    #expect(
      coverage.findings[0].message
        == "English paragraph has no translation: “Our guest has built several companies in this sp…”")
    #expect(coverage.counts.englishParagraphs == 4)
    #expect(coverage.counts.translatedParagraphs == 2)
    #expect(coverage.counts.untranslatedParagraphs == 2)
    // Characters, not paragraphs: 63 + 61 translated of 63 + 52 + 51 + 61.
    #expect(coverage.counts.englishCharacters == 227)
    #expect(coverage.counts.translatedCharacters == 124)
    #expect(abs(coverage.counts.coverage - 124.0 / 227.0) < 1e-12)
    #expect(coverage.counts.paragraphCoverage == 0.5)
    #expect(coverage.sections[0].counts.untranslatedParagraphs == 2)
    #expect(coverage.sections[1].counts.untranslatedParagraphs == 0)
    #expect(!coverage.meetsMinimumCoverage)
  }

  @Test func quotesAreCutAtFortyEightCharacters() throws {
    let text = "# 标题\n\nThis English paragraph is long enough that its quotation has to be cut short.\n"
    let coverage = try CoverageSamples.check(text)
    #expect(
      coverage.findings.first?.message
        == "English paragraph has no translation: “This English paragraph is long enough that its q…”")
  }

  @Test func orphanTranslationIsAWarning() throws {
    let text = CoverageSamples.orphanNote
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.orphanTranslation])
    #expect(coverage.findings.first?.severity == .warning)
    #expect(coverage.findings.first?.line == CoverageSamples.line(of: "译者注", in: text))
    #expect(coverage.findings.first?.message == "Chinese paragraph has no English source: “译者注：本期节目录制于二零二五年十月。”")
    #expect(coverage.counts.orphanTranslations == 1)
    #expect(coverage.counts.coverage == 1)
    #expect(coverage.meetsMinimumCoverage)
  }

  @Test func copiedSourceIsFoundAndDoesNotShiftThePairing() throws {
    let text = """
      # 介绍

      Welcome to the show, everyone. Today we talk about open models.

      Welcome to the show, everyone.  Today we talk about open models.

      Our guest has built several companies in this space.

      我们的嘉宾在这个领域创办过好几家公司。

      """
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.copiedSource])
    #expect(coverage.findings.first?.severity == .error)
    #expect(coverage.findings.first?.line == 5)
    #expect(
      coverage.findings.first?.message.hasPrefix("translation is a copy of the English paragraph on line 3:") == true)
    #expect(coverage.counts.englishParagraphs == 2)
    #expect(coverage.counts.copiedParagraphs == 1)
    #expect(coverage.counts.translatedParagraphs == 1)
    #expect(coverage.counts.untranslatedParagraphs == 0)
  }

  @Test func repeatedLinesInEnglishOnlyTextAreNotCopies() throws {
    let coverage = try CoverageSamples.check("# Title\n\nThank you.\n\nThank you.\n")
    #expect(coverage.findings.map(\.rule) == [.untranslated, .untranslated])
    #expect(coverage.counts.copiedParagraphs == 0)
  }

  @Test func mostlyLatinTranslationInTwoFilesIsACopy() throws {
    let english = try BilingualDocument(
      parsing: "# Intro\n\nWelcome to the show, everyone. Today we talk about open models.\n\n"
        + "Our guest has built several companies in this space.\n",
      source: "talk.en.md")
    let chinese = try BilingualDocument(
      parsing: "# 介绍\n\n欢迎大家收听本期节目。今天我们聊聊开源模型。\n\n"
        + "Our guest has built several companies in this space, 对.\n",
      source: "talk.zh.md")
    let coverage = CoverageChecker().check(english: english, chinese: chinese)
    #expect(coverage.findings.map(\.rule) == [.copiedSource])
    #expect(coverage.findings.first?.file == "talk.zh.md")
    #expect(coverage.findings.first?.line == 5)
    #expect(
      coverage.findings.first?.message
        == "translation is mostly Latin script (43 Latin letters, 1 CJK character): "
        + "“Our guest has built several companies in this sp…”")
    #expect(coverage.translationFile == "talk.zh.md")
  }

  @Test func identicalCopyInTwoFiles() throws {
    let english = try BilingualDocument(
      parsing: "# Intro\n\nFirst paragraph of the talk.\n\nSecond paragraph of the talk.\n", source: "a.en.md")
    let chinese = try BilingualDocument(
      parsing: "# 介绍\n\n演讲的第一段。\n\nSecond paragraph of the talk.\n", source: "a.zh.md")
    let coverage = CoverageChecker().check(english: english, chinese: chinese)
    #expect(coverage.findings.map(\.rule) == [.copiedSource])
    #expect(coverage.findings.map(\.file) == ["a.zh.md"])
    #expect(
      coverage.findings.first?.message.hasPrefix("translation is a copy of the English paragraph on line 5") == true)
    #expect(coverage.counts.copiedParagraphs == 1)
  }

  @Test func suspiciousLengthWhenATranslationIsCutShort() throws {
    // Five clean pairs give the document's model (weighed with the transcript's prior); the last
    // translation is cut to a few characters.
    var text = "# 介绍\n\n"
    let pairs = [
      ("Welcome to the show, everyone. Today we talk about open models and prices.", "欢迎大家收听本期节目。今天我们聊聊开源模型和价格。"),
      ("Our guest has built several companies in this space over many years.", "我们的嘉宾多年来在这个领域创办过好几家公司。"),
      ("Prices for inference have fallen by ninety percent this year alone, he says.", "他说，仅今年一年推理的价格就下降了百分之九十。"),
      ("That changes what products are possible and who can afford to build them.", "这改变了哪些产品成为可能，以及谁有能力去打造它们。"),
      ("We will also cover chips, power plants and the new trade deal with Europe.", "我们还会谈到芯片、发电厂以及与欧洲的新贸易协议。"),
    ]
    for (english, chinese) in pairs { text += english + "\n\n" + chinese + "\n\n" }
    text += "The last paragraph is the longest one of all, and it goes on for quite a while about many things.\n\n"
    text += "最后一段。\n"
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.suspiciousLength])
    let finding = try #require(coverage.findings.first)
    #expect(finding.severity == .warning)
    #expect(finding.line == CoverageSamples.line(of: "最后一段", in: text))
    #expect(finding.message.hasPrefix("translation is 17% of the expected length (ratio 0.17: 5 characters"))
    #expect(finding.message.contains("it may be truncated: “最后一段。”"))
    #expect(coverage.counts.translatedParagraphs == 6)
  }

  @Test func oneLanguageSectionInABilingualDocument() throws {
    let text = CoverageSamples.clean + "## 结尾\n\nThanks for listening, and see you next week.\n\nBye for now.\n"
    let coverage = try CoverageSamples.check(text, options: .init(disabledRules: [.lowConfidence]))
    let rules = coverage.findings.map(\.rule)
    #expect(rules == [.oneLanguageSection, .untranslated, .untranslated])
    let section = try #require(coverage.findings.first)
    #expect(section.line == CoverageSamples.line(of: "## 结尾", in: text))
    #expect(section.severity == .warning)
    #expect(section.message == "section “结尾” has 2 English paragraphs and no translation")
  }

  /// Coverage of nothing is 100 %: a document with no paragraph says so,
  /// at line 1, so that a file emptied by mistake does not pass unnoticed.
  @Test(arguments: [
    "",
    "\n\n  \n",
    "---\ntitle: Talk\n---\n",
    "# 介绍\n\n## 市场\n",
    "\u{FEFF}---\r\ntitle: Talk\r\n---\r\n\r\n### 标题\r\n",
  ])
  func aDocumentWithNoParagraphIsReported(text: String) throws {
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.noParagraphs])
    #expect(coverage.findings.map(\.line) == [1])
    #expect(coverage.findings.allSatisfy { $0.severity == .warning && $0.file == "doc.md" })
    #expect(coverage.counts.englishParagraphs == 0)
    #expect(coverage.meetsMinimumCoverage)
  }

  /// Two files: the warning only where neither file has a paragraph, on
  /// the English one; otherwise the other rules say what is missing.
  @Test func twoFilesWithNoParagraphs() throws {
    func check(_ english: String, _ chinese: String) throws -> [Rule] {
      CoverageChecker(options: .init(disabledRules: [.lowConfidence])).check(
        english: try BilingualDocument(parsing: english, source: "talk.en.md"),
        chinese: try BilingualDocument(parsing: chinese, source: "talk.zh.md")
      ).findings.map(\.rule)
    }
    let both = CoverageChecker().check(
      english: try BilingualDocument(parsing: "", source: "talk.en.md"),
      chinese: try BilingualDocument(parsing: "", source: "talk.zh.md"))
    #expect(both.findings.map(\.rule) == [.noParagraphs])
    #expect(both.findings.first?.file == "talk.en.md")
    #expect(try check("", "你好。\n") == [.orphanTranslation])
    #expect(try check("Hello there.\n", "") == [.untranslated])
  }

  @Test(arguments: ["Hello.\n", "你好。\n", "# 介绍\n\nHello.\n\n你好。\n"])
  func aDocumentWithAParagraphIsNotReportedAsEmpty(text: String) throws {
    let coverage = try CoverageSamples.check(text)
    #expect(!coverage.findings.contains { $0.rule == .noParagraphs })
  }

  @Test func englishOnlyDocumentHasOneFindingPerParagraphAndNoSectionFinding() throws {
    let text = "# Title\n\nFirst paragraph.\n\n## Next\n\nSecond paragraph.\n\nThird paragraph.\n"
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.untranslated, .untranslated, .untranslated])
    #expect(coverage.findings.map(\.line) == [3, 7, 9])
    #expect(coverage.counts.coverage == 0)
  }

  @Test func untranslatedHeadingOnlyWhereHeadingsAreTranslated() throws {
    let text = """
      # Intro 介绍

      Hello there, friends.

      你好，朋友们。

      ## Pricing

      ## 定价

      Prices fell a lot.

      价格下降了很多。

      ## Outlook

      Next year looks bright.

      明年看起来很光明。

      """
    let coverage = try CoverageSamples.check(text)
    #expect(coverage.findings.map(\.rule) == [.untranslatedHeading])
    #expect(coverage.findings.first?.line == CoverageSamples.line(of: "## Outlook", in: text))
    #expect(coverage.findings.first?.message == "heading has no Chinese translation: “Outlook”")
    // A document whose headings are all English does not translate them.
    let english = try CoverageSamples.check("# Intro\n\nHello there, friends.\n\n你好，朋友们。\n")
    #expect(english.findings.isEmpty)
  }

  @Test func untranslatedHeadingInTwoFiles() throws {
    let english = try BilingualDocument(
      parsing: "# Intro\n\nHello there, friends.\n\n## Outlook\n\nNext year looks bright.\n\n## Thanks\n\nBye.\n",
      source: "t.en.md")
    let chinese = try BilingualDocument(
      parsing: "# 介绍\n\n你好，朋友们。\n\n## Outlook\n\n明年看起来很光明。\n", source: "t.zh.md")
    let coverage = CoverageChecker(options: .init(disabledRules: [.lowConfidence])).check(
      english: english, chinese: chinese)
    let headings = coverage.findings.filter { $0.rule == .untranslatedHeading }
    // "Outlook" is kept in English in the Chinese file (line 5 there); "Thanks" has no Chinese section at all.
    #expect(headings.map(\.file) == ["t.en.md", "t.zh.md"])
    #expect(headings.map(\.line) == [9, 5])
    #expect(headings.last?.message == "heading has no Chinese translation: “Outlook” (English line 5)")
    #expect(coverage.findings.filter { $0.rule == .untranslated }.map(\.line) == [11])
  }

  @Test func chineseOnlySectionInABilingualDocument() throws {
    let text = CoverageSamples.clean + "## 附录\n\n译者注：以上内容仅供参考。\n"
    let coverage = try CoverageSamples.check(text, options: .init(disabledRules: [.lowConfidence]))
    #expect(coverage.findings.map(\.rule) == [.oneLanguageSection, .orphanTranslation])
    #expect(coverage.findings.first?.line == CoverageSamples.line(of: "## 附录", in: text))
    #expect(coverage.findings.first?.message == "section “附录” has 1 Chinese paragraph and no English source")
  }

  @Test func lowConfidenceIsInformation() throws {
    var options = CoverageChecker.Options()
    options.lowConfidenceThreshold = 1.01
    let coverage = try CoverageSamples.check(CoverageSamples.clean, options: options)
    #expect(coverage.findings.map(\.rule) == [.lowConfidence, .lowConfidence, .lowConfidence])
    #expect(coverage.findings.allSatisfy { $0.severity == .info })
    #expect(
      coverage.findings.first?.message.contains("below 1.01 for the 1-1 segment with the translation on line 5") == true
    )
  }

  @Test func rulesCanBeTurnedOffOrChangedInSeverity() throws {
    let options = CoverageChecker.Options(
      severities: [.untranslated: .warning], disabledRules: [.oneLanguageSection, .lowConfidence])
    let text = CoverageSamples.clean + "## 结尾\n\nThanks for listening.\n"
    let coverage = try CoverageSamples.check(text, options: options)
    #expect(coverage.findings.map(\.rule) == [.untranslated])
    #expect(coverage.findings.first?.severity == .warning)
  }

  @Test func untranslatedBecomesAWarningWhenTheMinimumCoverageIsMet() throws {
    let options = CoverageChecker.Options(minimumCoverage: 0.5)
    let coverage = try CoverageSamples.check(CoverageSamples.missingTail, options: options)
    #expect(coverage.meetsMinimumCoverage)
    #expect(coverage.findings.map(\.severity) == [.warning, .warning])
    let strict = try CoverageSamples.check(CoverageSamples.missingTail, options: .init(minimumCoverage: 0.6))
    #expect(!strict.meetsMinimumCoverage)
    #expect(strict.findings.map(\.severity) == [.error, .error])
  }

  @Test func columnsCountUnicodeScalars() throws {
    let text = "# 标题\n\n> Quoted English paragraph here.\n\n> 引用的中文段落。\n\n> Another one without translation.\n"
    let coverage = try CoverageSamples.check(text)
    let finding = try #require(coverage.findings.first)
    #expect(finding.line == 7)
    #expect(TextMeasure.column(ofByte: 0, in: "abc") == 1)
    #expect(TextMeasure.column(ofByte: 6, in: "中文\nx") == 1 + 0 || TextMeasure.column(ofByte: 6, in: "中文\nx") == 3)
    #expect(TextMeasure.column(ofByte: 6, in: "中文x") == 3)
    #expect(TextMeasure.column(ofByte: 7, in: "\u{FEFF}中文x") == 3)
  }
}

@Suite struct SegmentRepairTests {
  private let model = LengthModel(ratio: 0.3, variance: 0.5)

  private func block(_ line: Int, _ length: Int, _ language: Language) -> Block {
    let text = String(repeating: language == .english ? "a" : "中", count: length)
    return Block(
      kind: .paragraph, text: Substring(text), language: language, line: line, endLine: line,
      byteRange: line * 1000..<(line * 1000 + text.utf8.count))
  }

  @Test func mergeWhoseTranslationFitsTheNearestParagraphIsSplit() {
    // E1 (line 1) E2 (line 3) C (line 5): C fits E2 alone (δ ≈ 0).
    let merged = Segment(
      english: [block(1, 100, .english), block(3, 200, .english)], chinese: [block(5, 60, .chinese)],
      method: .length, score: 0.8)
    let split = DocumentCheck.splittingMerges([merged], model: model)
    #expect(split.map(\.kind.description) == ["1-0", "1-1"])
    #expect(split.map { $0.english.map(\.line) } == [[1], [3]])
    #expect(split.map { $0.chinese.map(\.line) } == [[], [5]])
  }

  @Test func mergeThatOnlyFitsTogetherIsKept() {
    // C has 90 characters: 0.3 × 300 for both paragraphs, far too long for E2 alone.
    let merged = Segment(
      english: [block(1, 100, .english), block(3, 200, .english)], chinese: [block(5, 90, .chinese)],
      method: .length, score: 0.8)
    #expect(DocumentCheck.splittingMerges([merged], model: model) == [merged])
  }

  @Test func oneToTwoWithAFittingFirstTranslationLeavesAnOrphan() {
    let merged = Segment(
      english: [block(1, 200, .english)], chinese: [block(3, 60, .chinese), block(5, 30, .chinese)],
      method: .length, score: 0.8)
    let split = DocumentCheck.splittingMerges([merged], model: model)
    #expect(split.map(\.kind.description) == ["1-1", "0-1"])
    #expect(split.map { $0.chinese.map(\.line) } == [[3], [5]])
  }

  @Test func neighbouringGapsAreJoinedInEitherOrder() {
    let english = Segment(english: [block(1, 200, .english)], chinese: [], method: .length, score: 0.5)
    let chinese = Segment(english: [], chinese: [block(3, 10, .chinese)], method: .length, score: 0.5)
    let other = Segment(english: [block(5, 100, .english)], chinese: [], method: .length, score: 0.5)
    #expect(
      DocumentCheck.joiningGaps([english, chinese, other], model: model).map(\.kind.description) == ["1-1", "1-0"])
    #expect(DocumentCheck.joiningGaps([chinese, english], model: model).map(\.kind.description) == ["1-1"])
    #expect(DocumentCheck.joiningGaps([english, other], model: model).map(\.kind.description) == ["1-0", "1-0"])
  }
}
