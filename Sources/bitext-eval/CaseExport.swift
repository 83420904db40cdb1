import Bitext
import Foundation

/// Writes the generated cases for the NLTK comparison script: per case, the
/// document and a JSON file with each section's paragraph lengths, lines and
/// the gold segments.
struct CaseExport {
  let generator: PerturbationGenerator
  let seeds: ClosedRange<UInt64>
  /// Bitext's aligner, as configured on the command line.
  var aligner = Aligner()

  func write(to directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let table = EvaluationTable(generator: generator, seeds: seeds, aligner: aligner)
    var index: [[String: Any]] = []
    for row in table.rows {
      for seed in seeds {
        let test = generator.generate(
          Perturbation(rawValue: row.perturbation), density: row.density, layout: row.layout, seed: seed)
        let document = try BilingualDocument(parsing: test.text)
        // Two files: sections are paired by position, English from the first, Chinese from the second.
        let chineseDocument = try test.chineseText.map { text throws(BitextError) in
          try BilingualDocument(parsing: text)
        }
        let name = "\(row.perturbation)-\(Int(row.density * 100))-\(row.layout.name)-\(seed)"
        let sections = document.sections.indices.map { index -> [String: Any] in
          let section = document.sections[index]
          let english = section.paragraphs(in: .english)
          let chinese =
            chineseDocument.map {
              $0.sections.indices.contains(index) ? $0.sections[index].paragraphs(in: .chinese) : []
            }
            ?? section.paragraphs(in: .chinese)
          return [
            "english": english.map { ["line": $0.line, "length": $0.text.unicodeScalars.count] },
            "chinese": chinese.map { ["line": $0.line, "length": $0.text.unicodeScalars.count] },
          ]
        }
        let bitext = test.score(try test.align(with: aligner))
        let ordinal = test.score(try test.align(with: Aligner(options: .init(strategy: .ordinal))))
        let record: [String: Any] = [
          "name": name, "perturbation": row.perturbation, "density": row.density, "layout": row.layout.name,
          "seed": seed, "sections": sections,
          "gold": test.gold.map { ["english": $0.english, "chinese": $0.chinese] },
          "bitext": Self.record(bitext), "ordinal": Self.record(ordinal),
        ]
        index.append(record)
      }
    }
    let data = try JSONSerialization.data(withJSONObject: index, options: [.sortedKeys])
    try data.write(to: URL(fileURLWithPath: directory).appendingPathComponent("cases.json"))
  }

  static func record(_ score: LinkScore) -> [String: Any] {
    [
      "f1": score.f1, "correct": score.correct, "predicted": score.predicted, "gold": score.gold,
      "irregular": score.irregular, "irregularFound": score.irregularFound,
    ]
  }
}
