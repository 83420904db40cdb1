import Bitext
import Foundation

/// `--align-file PATH`: the in-process alignment of one file, for a fair
/// comparison with an aligner that is given the paragraphs' lengths.
///
/// The file is read and parsed once, outside the timing, as NLTK's
/// `align_blocks` is given its lengths. Three rows, each the median of
/// `runs` runs: Bitext's own choice per section (ordinal pairing where a
/// section pairs cleanly, the DP aligner elsewhere), the DP aligner forced
/// in every section (the same kind of work as Gale–Church's, section by
/// section), and parsing plus the automatic alignment.
enum FileAlignment {
  static func run(path: String, runs: Int) -> Int32 {
    let document: BilingualDocument
    do {
      document = try BilingualDocument(contentsOf: path)
    } catch {
      print("cannot read \(path): \(error)")
      return 2
    }
    let megabytes = Double(document.text.utf8.count) / 1e6
    let automatic = Aligner()
    let dynamic = Aligner(options: .init(strategy: .length))
    let rows: [(String, () -> Void)] = [
      ("align (automatic)", { blackHole(automatic.align(document)) }),
      ("align (DP in every section)", { blackHole(dynamic.align(document)) }),
      (
        "parse+align (automatic)",
        {
          if let parsed = try? BilingualDocument(parsing: document.text) { blackHole(automatic.align(parsed)) }
        }
      ),
    ]
    print("file: \(path), \(String(format: "%.1f", megabytes)) MB, \(document.sections.count) sections")
    for (name, body) in rows {
      let seconds = Measurement.median(runs: runs, body)
      let padded = name.padding(toLength: 30, withPad: " ", startingAt: 0)
      print("\(padded) \(String(format: "%9.4f", seconds)) s \(String(format: "%8.1f", megabytes / seconds)) MB/s")
    }
    return 0
  }
}
