import Bitext

/// Builds large transcripts by repeating the bundled one: front matter once,
/// then its sections again and again (headings numbered so every copy is its
/// own section), optionally dropping a fraction of the Chinese translations so
/// that sections no longer pair cleanly.
struct CorpusGenerator {
  let document: BilingualDocument

  /// Text of about `size` bytes; `dropRate` of the Chinese paragraphs removed (seeded, reproducible).
  func generate(size: Int, dropRate: Double = 0, seed: UInt64 = 1) -> String {
    var random = SeededGenerator(seed: seed)
    var text = "---\ntitle: benchmark\n---\n"
    text.reserveCapacity(size + 200_000)
    var copy = 0
    while text.utf8.count < size {
      copy += 1
      for section in document.sections {
        text += "### \(section.heading?.text ?? "Untitled") \(copy)\n\n"
        for block in section.blocks where block.kind == .paragraph {
          if block.language == .chinese && dropRate > 0 && Double.random(in: 0..<1, using: &random) < dropRate {
            continue
          }
          text += block.text
          text += "\n\n"
        }
      }
    }
    return text
  }
}
