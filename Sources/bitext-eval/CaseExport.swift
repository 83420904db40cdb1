import Bitext
import Foundation

/// Writes the generated cases for the NLTK comparison script: per case, the
/// document and a JSON file with each section's paragraph lengths, lines and
/// the gold segments.
struct CaseExport {
  let generator: PerturbationGenerator
  let seeds: ClosedRange<UInt64>

  func write(to directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let table = EvaluationTable(generator: generator, seeds: seeds)
    var index: [[String: Any]] = []
    for row in table.rows {
      for seed in seeds {
        let test = generator.generate(
          Perturbation(rawValue: row.perturbation), density: row.density, layout: row.layout, seed: seed)
        let document = try BilingualDocument(parsing: test.text)
        let name = "\(row.perturbation)-\(Int(row.density * 100))-\(row.layout.name)-\(seed)"
        let sections = document.sections.map { section -> [String: Any] in
          let english = section.paragraphs(in: .english)
          let chinese = section.paragraphs(in: .chinese)
          return [
            "english": english.map { ["line": $0.line, "length": $0.text.unicodeScalars.count] },
            "chinese": chinese.map { ["line": $0.line, "length": $0.text.unicodeScalars.count] },
          ]
        }
        let bitext = test.score(Aligner().align(document))
        let ordinal = test.score(Aligner(options: .init(strategy: .ordinal)).align(document))
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
