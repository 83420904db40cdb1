import Bitext
import Foundation

/// Times parsing and aligning one large perturbed section.
struct Benchmark {
  let generator: PerturbationGenerator
  let density: Double

  func run() {
    let test = generator.generate(.combined, density: density, seed: 1)
    let clock = ContinuousClock()
    var best = Duration.seconds(1000)
    var bestParse = Duration.seconds(1000)
    var score: LinkScore?
    for _ in 0..<5 {
      let start = clock.now
      guard let document = try? BilingualDocument(parsing: test.text) else { return }
      let parsed = clock.now
      let alignment = Aligner().align(document)
      let elapsed = clock.now - start
      best = min(best, elapsed)
      bestParse = min(bestParse, parsed - start)
      score = test.score(alignment)
    }
    let paragraphs = test.gold.reduce(0) { $0 + $1.english.count + $1.chinese.count }
    Swift.print(
      "pairs: \(generator.pairCount)  paragraphs: \(paragraphs)  density: \(density)  bytes: \(test.text.utf8.count)")
    Swift.print("parse + align, best of 5: \(best) (parse alone: \(bestParse))")
    if let score {
      Swift.print(String(format: "F1 %.4f  irregular found %.4f", score.f1, score.irregularRecall))
    }
  }
}
