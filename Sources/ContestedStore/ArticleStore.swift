import ContestedKit
import Foundation

/// Article texts stored in a workspace under `articles/<sha256>.txt`, so the same text is stored once.
public struct ArticleStore: Sendable {
  /// The folder.
  public let folder: String

  /// The store of a workspace.
  public init(workspace: Workspace) { folder = workspace.articlesFolder }

  /// The store in a given folder.
  public init(folder: String) { self.folder = folder }

  /// Where an article's text lives.
  public func path(of id: ArticleID) -> String { (folder as NSString).appendingPathComponent(id.rawValue + ".txt") }

  /// True when the text with this id is stored.
  public func contains(_ id: ArticleID) -> Bool { FileIO.exists(path(of: id)) }

  /// Stores a text (atomically) unless it is there already; returns its id and whether it was new.
  @discardableResult
  public func store(_ text: String) throws -> (id: ArticleID, isNew: Bool) {
    let id = Article.contentID(of: text)
    if contains(id) { return (id, false) }
    if !FileIO.isDirectory(folder) {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw LedgerError.io(path: folder, operation: "create the folder", reason: error.localizedDescription)
      }
    }
    try FileIO.writeAtomically(Array(text.utf8), to: path(of: id))
    return (id, true)
  }

  /// The stored text of an article.
  public func text(of id: ArticleID) throws -> String {
    String(decoding: try FileIO.read(path(of: id)), as: UTF8.self)
  }
}
