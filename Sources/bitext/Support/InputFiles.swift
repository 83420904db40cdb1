import Bitext

/// Reads the one or two documents a subcommand is given.
enum InputFiles {
  /// Checks the positional arguments: none (standard input), one file, or two files.
  static func paths(_ positionals: [String]) throws(UsageError) -> [String] {
    switch positionals.count {
    case 0: return ["-"]
    case 1, 2:
      if positionals.count == 2 && positionals.allSatisfy({ $0 == "-" }) {
        throw UsageError("Standard input ('-') can be read only once.")
      }
      return positionals
    default:
      throw UsageError("Expected at most two files (FILE [ZH-FILE]), got \(positionals.count).")
    }
  }

  /// Reads one file (interleaved, or any one-file layout) or two files
  /// (English, then Chinese) and aligns them. Where there is nothing to
  /// align (an empty file, only front matter, only code), the output is
  /// an empty alignment, and standard error says so, naming the input: a
  /// file emptied by mistake must not pass unnoticed.
  static func alignment(_ paths: [String], aligner: Aligner = Aligner()) throws(BitextError) -> Alignment {
    let documents = try documents(paths)
    let alignment =
      documents.count == 2 ? aligner.align(english: documents[0], chinese: documents[1]) : aligner.align(documents[0])
    if alignment.segments.isEmpty {
      let names = documents.map { $0.source ?? InputReader.standardInputName }.joined(separator: " and ")
      var error = StandardStream.error
      error.write("bitext: warning: \(names): no English or Chinese paragraph to align\n")
      error.flush()
    }
    return alignment
  }

  /// Parses each path into a document.
  static func documents(_ paths: [String]) throws(BitextError) -> [BilingualDocument] {
    var documents: [BilingualDocument] = []
    for path in paths {
      documents.append(try BilingualDocument(contentsOf: path))
    }
    return documents
  }
}
