import Bitext

/// Builds large transcripts by repeating the bundled one: front matter once,
/// then its sections again and again (headings numbered so every copy is its
/// own section), optionally dropping a fraction of the Chinese translations so
/// that sections no longer pair cleanly.
struct CorpusGenerator {
  let document: BilingualDocument

  /// Text of about `size` bytes; `dropRate` of the Chinese paragraphs removed (seeded, reproducible).
  func generate(size: Int, dropRate: Double = 0, seed: UInt64 = 1) -> String {
    var random = SplitMix64(seed: seed)
    var text = "---\ntitle: benchmark\n---\n"
    text.reserveCapacity(size + 200_000)
    var copy = 0
    while text.utf8.count < size {
      copy += 1
      for section in document.sections {
        text += "### \(section.heading?.text ?? "Untitled") \(copy)\n\n"
        for block in section.blocks where block.kind == .paragraph {
          if block.language == .chinese && dropRate > 0 && random.nextDouble() < dropRate { continue }
          text += block.text
          text += "\n\n"
        }
      }
    }
    return text
  }
}

/// A small seeded generator, so every run measures the same inputs.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func nextDouble() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }
}
