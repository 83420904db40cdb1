import Bitext
import Foundation

/// How often segments with a given score are right: the check that scores
/// are calibrated, over the combined-perturbation cases; one table for the
/// segments of the length aligner, one for ordinal pairs (whole clean
/// sections, and the chained pairs of interleaved sections outside the
/// aligner's windows).
struct Calibration {
  let generator: PerturbationGenerator
  let seeds: ClosedRange<UInt64>
  /// Bitext's aligner, as configured on the command line.
  var aligner = Aligner()

  /// Throws where a generated case fails to align: a case left out would
  /// flatter the table.
  func print() throws {
    try print(.length)
    Swift.print("")
    Swift.print("ordinal segments:")
    Swift.print("")
    try print(.ordinal)
  }

  private func print(_ method: AlignmentMethod) throws {
    let bins: [ClosedRange<Double>] = [0...0.5, 0.5...0.7, 0.7...0.9, 0.9...0.99, 0.99...1]
    var counts = [Int](repeating: 0, count: bins.count)
    var correct = [Int](repeating: 0, count: bins.count)
    var scoreSums = [Double](repeating: 0, count: bins.count)
    let layouts = [
      EvaluationLayout(), EvaluationLayout(chineseFirst: true), EvaluationLayout(blocks: true),
      EvaluationLayout(twoFiles: true),
    ]
    for layout in layouts {
      for density in [0.05, 0.10, 0.15] {
        for seed in seeds {
          let test = generator.generate(.combined, density: density, layout: layout, seed: seed)
          let alignment = try test.align(with: aligner)
          let gold = Set(test.gold)
          for segment in alignment.segments where segment.method == method {
            guard let bin = bins.lastIndex(where: { $0.contains(segment.score) }) else { continue }
            counts[bin] += 1
            scoreSums[bin] += segment.score
            if gold.contains(GoldSegment(segment)) { correct[bin] += 1 }
          }
        }
      }
    }
    Swift.print("| score | segments | mean score | exactly right |")
    Swift.print("|---|---|---|---|")
    for (index, bin) in bins.enumerated() where counts[index] > 0 {
      let accuracy = Double(correct[index]) / Double(counts[index])
      let mean = scoreSums[index] / Double(counts[index])
      Swift.print(
        String(
          format: "| %.2f–%.2f | %d | %.3f | %.3f |", bin.lowerBound, bin.upperBound, counts[index], mean, accuracy))
    }
  }
}
