import Foundation
import Testing

@testable import Bitext

/// Property tests: random documents built from the pieces real transcripts
/// use must always align consistently (see `AlignmentInvariants`).
@Suite struct InvariantTests {
  static let pieces: [String] = [
    "### 标题\n", "## English heading\n", "#NoSpace\n", "\n", "\n\n",
    "We have our good friend Sunny Madra, the COO of Grock.\n",
    "我们请来了Grock的首席运营官Sunny Madra。\n",
    "A second line of English\ncontinues here.\n",
    "第二段中文，\n继续。\n",
    "```\ncode # not a heading\n\n```\n", "    indented code\n", "---\n", "<!-- note -->\n",
    "| a | b |\n|---|---|\n", "![img](x.png)\n", "::: tip\n", ":::\n", "2025\n", "译注：这是译者的注释。\n",
    "> quoted English\n", "- list item\n", "\r\n", "\t\n",
  ]

  static func document(seed: UInt64) -> String {
    var random = SeededGenerator(seed: seed)
    var text = Bool.random(using: &random) ? "---\ntitle: t\ntags:\n  - a\n---\n" : ""
    for _ in 0..<Int.random(in: 0...60, using: &random) {
      text += pieces.randomElement(using: &random) ?? ""
    }
    if Bool.random(using: &random) { text = text.replacing("\n", with: "\r\n") }
    if Bool.random(using: &random) { text = "\u{FEFF}" + text }
    return text
  }

  @Test(arguments: 0..<200)
  func randomDocumentsAlignConsistently(seed: Int) throws {
    let text = Self.document(seed: UInt64(seed))
    let document = try BilingualDocument(parsing: text, source: "seed-\(seed).md")
    let alignment = Aligner().align(document)
    #expect(AlignmentInvariants(document: document).violations(of: alignment) == [], "seed \(seed)")
    let bytes = Array(text.utf8)
    for block in document.blocks {
      #expect(block.byteRange.upperBound <= bytes.count, "seed \(seed)")
      // A paragraph's text is its bytes with line breaks normalized.
      if block.kind == .paragraph, block.line == block.endLine {
        #expect(Array(bytes[block.byteRange]) == Array(block.text.utf8), "seed \(seed)")
      }
    }
  }

  /// Long perturbed sections in every one-file layout, heavily perturbed:
  /// the rough pass, the guided bands and the windows realigned with the
  /// words must still place every paragraph once, in order.
  @Test(arguments: [
    EvaluationLayout(), EvaluationLayout(chineseFirst: true), EvaluationLayout(blocks: true),
    EvaluationLayout(chineseFirst: true, blocks: true),
  ])
  func longPerturbedSectionsAlignConsistently(layout: EvaluationLayout) throws {
    let generator = PerturbationGenerator(cleanDocument: try Fixtures.transcript()).repeated(toPairs: 150)
    for seed in 1...2 {
      let test = generator.generate(.combined, density: 0.3, layout: layout, seed: UInt64(seed))
      let document = try BilingualDocument(parsing: test.text)
      for strategy in [AlignmentStrategy.automatic, .length] {
        let alignment = Aligner(options: .init(strategy: strategy)).align(document)
        #expect(
          AlignmentInvariants(document: document).violations(of: alignment) == [],
          "\(layout.name) seed \(seed) \(strategy)")
      }
    }
  }

  @Test func transcriptAlignmentIsConsistent() throws {
    let document = try Fixtures.transcript()
    #expect(AlignmentInvariants(document: document).violations(of: Aligner().align(document)) == [])
  }

  @Test func invariantsCatchABrokenAlignment() throws {
    let document = try Fixtures.transcript()
    var alignment = Aligner().align(document)
    // Drop one Chinese paragraph and duplicate an English one: both must be reported.
    let dropped = alignment.sections[1].segments[0].chinese.removeFirst()
    alignment.sections[1].segments[1].english.append(alignment.sections[1].segments[2].english[0])
    let violations = AlignmentInvariants(document: document).violations(of: alignment)
    #expect(violations.contains("paragraph at line \(dropped.line) is in no segment"))
    #expect(violations.contains("paragraph at line 42 appears in more than one segment"))
  }
}

/// Replays every input in Fixtures/fuzz-regressions (crashes found by fuzzing,
/// minimized, and hand-made edge cases) through parse → align → JSON, with
/// each of the aligner configurations the fuzz target draws from.
@Suite struct FuzzRegressionTests {
  static let inputs: [String] = {
    let folder = Fixtures.directory.appendingPathComponent("fuzz-regressions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted()
  }()

  @Test func thereAreRegressionInputs() {
    #expect(Self.inputs.count >= 10)
  }

  @Test(arguments: inputs, Aligner.Options.everyPath)
  func replay(name: String, options: Aligner.Options) throws {
    let bytes = try Fixtures.bytes("fuzz-regressions/" + name)
    let text: String
    do {
      text = try InputReader().decode(bytes, file: name)
    } catch {
      #expect(error.description.hasPrefix(name))
      return
    }
    let document: BilingualDocument
    do {
      document = try BilingualDocument(parsing: text, source: name)
    } catch {
      #expect(error.description.hasPrefix(name + ":"))
      return
    }
    let alignment = Aligner(options: options).align(document)
    #expect(AlignmentInvariants(document: document).violations(of: alignment) == [])
    let decoded = try AlignmentJSON.decode(AlignmentJSON.encode(alignment))
    #expect(decoded.segments.count == alignment.segments.count)
  }
}
