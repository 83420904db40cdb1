import Bitext
import Foundation

/// Times parsing and aligning one large perturbed section, in any layout
/// of the evaluation (interleaved by default).
struct Benchmark {
  let generator: PerturbationGenerator
  let density: Double
  /// Bitext's aligner, as configured on the command line.
  var aligner = Aligner()
  var layout = EvaluationLayout()
  /// Where to write the case's text, to profile the CLI on it; with two
  /// files, the Chinese one beside it as `NAME.zh.md` (`case.md` gives
  /// `case.zh.md`).
  var write: String?

  /// Throws where the generated case does not parse: a defect of the
  /// harness, never a figure to leave out.
  func run() throws {
    let test = generator.generate(.combined, density: density, layout: layout, seed: 1)
    if let write { try test.write(to: write) }
    let timer = ContinuousClock()
    var best = Duration.seconds(1000)
    var bestParse = Duration.seconds(1000)
    var score: LinkScore?
    var bestCPU = Double.infinity
    for _ in 0..<5 {
      let cpuStart = clock()
      let start = timer.now
      let documents = try test.documents()
      let parsed = timer.now
      let alignment = EvaluationCase.align(documents, with: aligner)
      let elapsed = timer.now - start
      best = min(best, elapsed)
      bestCPU = min(bestCPU, Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC))
      bestParse = min(bestParse, parsed - start)
      score = test.score(alignment)
    }
    let paragraphs = test.gold.reduce(0) { $0 + $1.english.count + $1.chinese.count }
    Swift.print(
      "pairs: \(generator.pairCount)  paragraphs: \(paragraphs)  density: \(density)  layout: \(layout.name)  bytes: \(test.text.utf8.count + (test.chineseText?.utf8.count ?? 0))"
    )
    Swift.print("parse + align, best of 5: \(best) wall clock, \(bestCPU) s CPU (parse alone: \(bestParse))")
    if let score {
      Swift.print(String(format: "F1 %.4f  irregular found %.4f", score.f1, score.irregularRecall))
    }
  }
}
