import ContestedSyntax
import Foundation

/// The syntax model shipped with contested (`Resources/english-ewt.model`, trained on UD English EWT):
/// read and decoded once, on first use.
public enum BundledSyntaxModel {
  /// The bundled model file's path, when the resource bundle is present.
  public static var path: String? {
    Bundle.module.url(forResource: "english-ewt", withExtension: "model")?.path
  }

  private static let loaded: Result<SyntaxModel, any Error> = Result { try load(path ?? "english-ewt.model") }

  /// The bundled model (decoded on the first call; later calls return the same value or error).
  public static func shared() throws -> SyntaxModel { try loaded.get() }

  /// Reads and decodes a model file; the error names the file and says what to do.
  public static func load(_ path: String) throws -> SyntaxModel {
    let bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch { throw SyntaxModelFileError(path: path, reason: "\(error)") }
    do { return try ModelCodec.decode(bytes) } catch { throw SyntaxModelFileError(path: path, reason: "\(error)") }
  }
}

/// A syntax model file that could not be read or decoded.
public struct SyntaxModelFileError: Error, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// Why.
  public var reason: String
  /// `path: reason`.
  public var description: String { "\(path): \(reason)" }
}
