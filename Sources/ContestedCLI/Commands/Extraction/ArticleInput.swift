import ContestedKit
import ContestedStore
import Foundation

/// One article to ingest: where it came from and its metadata.
struct ArticleSource {
  var file: String
  var outlet: String
  var published: Day
  var url: String?
}

/// Reading article files and manifests for `ingest` and `eval`, with clear errors for bad input.
enum ArticleInput {
  /// Reads a text file: nil with a reason for empty or binary files; invalid UTF-8 is replaced, with a warning.
  static func readText(_ path: String, display: String) throws -> (text: String?, problem: String?) {
    let bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch let e as FileError {
      if case .missing = e { throw CLIError.noInput("\(display): no such file.") }
      throw e
    }
    if bytes.isEmpty { return (nil, "\(display): empty file; nothing to ingest.") }
    if bytes.prefix(8192).contains(0) { return (nil, "\(display): binary data (NUL bytes); not an article, skipped.") }
    let text = String(decoding: bytes, as: UTF8.self)
    if text.utf8.count != bytes.count || text.contains("\u{FFFD}") && !bytesContainReplacement(bytes) {
      return (text, "\(display): invalid UTF-8 replaced by U+FFFD.")
    }
    if text.allSatisfy({ $0.isWhitespace }) { return (nil, "\(display): only whitespace; nothing to ingest.") }
    return (text, nil)
  }

  static func bytesContainReplacement(_ b: [UInt8]) -> Bool {
    guard b.count >= 3 else { return false }
    for i in 0..<(b.count - 2) where b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD { return true }
    return false
  }

  /// Parses a manifest TSV (header with `file`, `outlet`, `published`, optional `url`), like `seeds/SEEDS.tsv`.
  static func manifest(_ text: String, folder: String, name: String) throws -> [ArticleSource] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    while let l = lines.last, l.isEmpty { lines.removeLast() }
    guard let header = lines.first else {
      throw CLIError.dataError("\(name):1: header: expected file, outlet, published")
    }
    let cols = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.lowercased() }
    func col(_ n: String) -> Int? { cols.firstIndex(of: n) }
    guard let fi = col("file"), let oi = col("outlet"), let pi = col("published") else {
      throw CLIError.dataError("\(name):1: header: expected columns file, outlet and published (tab-separated)")
    }
    let ui = col("url")
    var out: [ArticleSource] = []
    for (n, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      func field(_ i: Int) -> String { i < f.count ? f[i] : "" }
      let file = field(fi)
      guard !file.isEmpty else { throw CLIError.dataError("\(name):\(n + 1): file: expected a file name") }
      guard let day = Day(iso: field(pi)) else {
        throw CLIError.dataError("\(name):\(n + 1): published: expected YYYY-MM-DD, found '\(field(pi))'")
      }
      let outlet = field(oi)
      guard !outlet.isEmpty else { throw CLIError.dataError("\(name):\(n + 1): outlet: expected a name") }
      let url = ui.map(field).flatMap { $0.isEmpty ? nil : $0 }
      out.append(
        ArticleSource(
          file: (folder as NSString).appendingPathComponent(file), outlet: outlet,
          published: day, url: url))
    }
    return out
  }

  /// The manifest file of a folder: `manifest.tsv`, else `SEEDS.tsv`, else the only `.tsv`.
  static func manifestPath(in folder: String) -> String? {
    for n in ["manifest.tsv", "SEEDS.tsv"] {
      let p = (folder as NSString).appendingPathComponent(n)
      if FileIO.exists(p) { return p }
    }
    let tsvs = FileIO.names(in: folder, endingWith: ".tsv")
    return tsvs.count == 1 ? (folder as NSString).appendingPathComponent(tsvs[0]) : nil
  }
}
