/// Renders an ``Alignment`` as two columns of terminal text: English left and
/// Chinese right (or the other way round), a gutter between them, section
/// headings as full-width rules, and the front matter's title and date on top.
///
/// Columns are measured with ``DisplayWidth``, so a line of Han characters
/// lines up with a line of ASCII; every line is at most ``Options/width``
/// columns. A segment's paragraphs are stacked in their cell, one blank cell
/// line apart; a side with no paragraph shows a marker such as `(no Chinese)`.
///
/// ```swift
/// var options = SideBySideRenderer.Options.default
/// options.width = 80
/// print(SideBySideRenderer(options: options).render(alignment))
/// ```
public struct SideBySideRenderer: AlignmentWriter, Hashable {
  /// How the view is laid out.
  public struct Options: Sendable, Hashable {
    /// The most columns a line takes; values below ``minimumWidth`` count as it.
    public var width: Int
    /// Which language goes on the left.
    public var order: ColumnOrder
    /// Whether each paragraph's first line shows its 1-based source line.
    public var lineNumbers: Bool
    /// Whether headings, gutter, markers and line numbers carry ANSI styles.
    public var color: Bool
    /// How columns are counted (ambiguous characters narrow or wide).
    public var displayWidth: DisplayWidth

    /// Creates options.
    public init(
      width: Int = 100, order: ColumnOrder = .englishFirst, lineNumbers: Bool = false,
      color: Bool = false, displayWidth: DisplayWidth = .default
    ) {
      self.width = width
      self.order = order
      self.lineNumbers = lineNumbers
      self.color = color
      self.displayWidth = displayWidth
    }

    /// 100 columns, English first, no line numbers, no color, ambiguous narrow.
    public static let `default` = Options()
  }

  /// The narrowest view: two cells of 8 columns and the gutter.
  public static let minimumWidth = 20

  /// The layout options.
  public var options: Options

  /// Creates a renderer.
  public init(options: Options = .default) {
    self.options = options
  }

  /// Writes the view of `alignment` to `output`.
  public func write(_ alignment: Alignment, to output: inout some TextOutputStream) {
    let layout = Layout(options: options, alignment: alignment)
    for line in layout.header(alignment.frontMatter) { output.write(line + "\n") }
    for section in alignment.sections {
      for line in layout.lines(for: section) { output.write(line + "\n") }
    }
  }
}

extension SideBySideRenderer {
  /// Column widths and the drawing of rows, rules and cells.
  struct Layout {
    let width: Int
    let order: ColumnOrder
    let measure: DisplayWidth
    let style: TerminalStyle
    let gutter = " │ "
    let leftWidth: Int
    let rightWidth: Int
    /// Columns taken by a line number and its space, or 0 without numbers.
    let numberWidth: Int

    init(options: Options, alignment: Alignment) {
      width = max(SideBySideRenderer.minimumWidth, options.width)
      order = options.order
      measure = options.displayWidth
      style = TerminalStyle(isEnabled: options.color)
      let cells = width - measure.width(of: gutter)
      leftWidth = cells / 2
      rightWidth = cells - leftWidth
      var numberWidth = 0
      if options.lineNumbers {
        let lastLine = alignment.segments.flatMap { $0.english + $0.chinese }.map(\.line).max() ?? 1
        numberWidth = String(lastLine).count + 1
        if min(leftWidth, rightWidth) - numberWidth < 4 { numberWidth = 0 }
      }
      self.numberWidth = numberWidth
    }

    /// The title and date from the front matter, then the column titles.
    func header(_ frontMatter: FrontMatter?) -> [String] {
      var lines: [String] = []
      if let title = frontMatter?.string("title"), !title.isEmpty {
        lines += TextWrapper(width: width, displayWidth: measure).wrap(title).map(style.bold)
      }
      if let date = frontMatter?.string("date"), !date.isEmpty {
        lines += TextWrapper(width: width, displayWidth: measure).wrap(date).map(style.dim)
      }
      if !lines.isEmpty { lines.append("") }
      let titles = order.languages
      lines += row(
        left: [Cell(text: ColumnOrder.title(of: titles.left), dim: false)],
        right: [Cell(text: ColumnOrder.title(of: titles.right), dim: false)])
      lines.append(style.dim(fill("─", to: leftWidth + 1) + "┼" + fill("─", to: rightWidth + 1)))
      return lines
    }

    /// A section: a blank line, its heading rule, then its segments.
    func lines(for section: AlignedSection) -> [String] {
      var lines: [String] = []
      if let heading = section.heading {
        lines.append("")
        lines += rule(heading)
      } else if section.segments.isEmpty {
        return []
      }
      for (index, segment) in section.segments.enumerated() {
        if index > 0 { lines.append(style.dim(String(repeating: " ", count: leftWidth) + " │")) }
        let (left, right) = order.columns(of: segment)
        let languages = order.languages
        // A line in both languages leaves the other side blank: nothing is missing.
        let marked = !segment.isBilingualUnit
        lines += row(
          left: cells(left, width: leftWidth, language: languages.left, marked: marked),
          right: cells(right, width: rightWidth, language: languages.right, marked: marked))
      }
      return lines
    }

    /// `── Heading ────…` across the full width; a long heading wraps.
    func rule(_ heading: Heading) -> [String] {
      let prefix = "── "
      let prefixWidth = measure.width(of: prefix)
      let text = numberWidth > 0 ? "\(heading.line) \(heading.displayText)" : heading.displayText
      let wrapped = TextWrapper(width: width - prefixWidth - 2, displayWidth: measure).wrap(text)
      var lines: [String] = []
      for (index, line) in wrapped.enumerated() {
        if index == 0 {
          let used = prefixWidth + measure.width(of: line) + 1
          lines.append(style.bold(prefix + line + " " + fill("─", to: width - used)))
        } else {
          lines.append(style.bold(String(repeating: " ", count: prefixWidth) + line))
        }
      }
      if wrapped.isEmpty { lines.append(style.bold(fill("─", to: width))) }
      return lines
    }

    /// One line of a cell: its text, a line-number prefix, and whether it is dimmed.
    struct Cell {
      var number = ""
      var text: String
      var dim: Bool
    }

    /// The cell lines of one side of a segment: its paragraphs wrapped and
    /// stacked, a blank line between two, or (`marked`) a marker when there
    /// are none.
    func cells(_ blocks: [Block], width cellWidth: Int, language: Language, marked: Bool = true) -> [Cell] {
      let wrapper = TextWrapper(width: cellWidth - numberWidth, displayWidth: measure)
      guard !blocks.isEmpty else {
        guard marked else { return [] }
        return TextWrapper(width: cellWidth, displayWidth: measure)
          .wrap(ColumnOrder.emptyMarker(for: language)).map { Cell(text: $0, dim: true) }
      }
      var cells: [Cell] = []
      for (index, block) in blocks.enumerated() {
        if index > 0 { cells.append(Cell(text: "", dim: false)) }
        for (lineIndex, line) in wrapper.wrap(block.text).enumerated() {
          var number = ""
          if numberWidth > 0 {
            let label = lineIndex == 0 ? String(block.line) : ""
            number = String(repeating: " ", count: numberWidth - 1 - label.count) + label + " "
          }
          cells.append(Cell(number: number, text: line, dim: false))
        }
      }
      return cells
    }

    /// Lines pairing `left` and `right` cells, the left padded to its width.
    func row(left: [Cell], right: [Cell]) -> [String] {
      var lines: [String] = []
      for index in 0..<max(left.count, right.count) {
        var line = ""
        var used = 0
        if index < left.count {
          line += draw(left[index])
          used = measure.width(of: left[index].number) + measure.width(of: left[index].text)
        }
        line += String(repeating: " ", count: max(0, leftWidth - used))
        if index < right.count, !(right[index].number + right[index].text).isEmpty {
          line += style.dim(" │") + " " + draw(right[index])
        } else {
          line += style.dim(" │")
        }
        lines.append(line)
      }
      return lines
    }

    private func draw(_ cell: Cell) -> String {
      style.dim(cell.number) + (cell.dim ? style.dim(cell.text) : cell.text)
    }

    /// `piece` repeated to fill `columns` (as many whole copies as fit).
    func fill(_ piece: String, to columns: Int) -> String {
      let pieceWidth = max(1, measure.width(of: piece))
      return String(repeating: piece, count: max(0, columns / pieceWidth))
    }
  }
}
