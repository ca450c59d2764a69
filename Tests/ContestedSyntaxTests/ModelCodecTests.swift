import ContestedSyntax
import Testing

@Suite struct ModelCodecTests {
  /// A small model trained on two sentences.
  static func tinyModel() throws -> SyntaxModel {
    let text = """
      1\tRebels\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_
      2\ttook\t_\tVERB\t_\t_\t0\troot\t_\t_
      3\tthe\t_\tDET\t_\t_\t4\tdet\t_\t_
      4\ttown\t_\tNOUN\t_\t_\t2\tobj\t_\t_
      5\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_

      1\tThe\t_\tDET\t_\t_\t2\tdet\t_\t_
      2\tarmy\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_
      3\tfell\t_\tVERB\t_\t_\t0\troot\t_\t_
      4\tback\t_\tADV\t_\t_\t3\tadvmod\t_\t_

      """
    let s = try CoNLLUReader.read(Array(text.utf8), file: "tiny", requireHeads: true)
    var options = TrainingOptions()
    options.taggerIterations = 3
    options.parserIterations = 3
    options.folds = 2
    return SyntaxTraining(options: options, log: { _ in }).train(train: s, dev: s, header: "tiny © test")
  }

  @Test func roundTripsAndPredictsTheSame() throws {
    let model = try Self.tinyModel()
    let bytes = ModelCodec.encode(model)
    let back = try ModelCodec.decode(bytes)
    #expect(back.header == "tiny © test")
    #expect(back.tagger.tags == model.tagger.tags)
    #expect(back.parser.labels == model.parser.labels)
    #expect(back.tagger.weights.keys == model.tagger.weights.keys)
    #expect(back.parser.arcs.entryWeight == model.parser.arcs.entryWeight)
    #expect(ModelCodec.encode(back) == bytes)
    let words = ["The", "rebels", "took", "the", "army", "."].enumerated().map { CoNLLUWord(id: $0 + 1, form: $1) }
    let sentence = CoNLLUSentence(words: words)
    #expect(back.annotate(sentence) == model.annotate(sentence))
  }

  @Test func trainingIsDeterministicForASeed() throws {
    #expect(ModelCodec.encode(try Self.tinyModel()) == ModelCodec.encode(try Self.tinyModel()))
  }

  @Test func damagedBytesAreErrorsNotTraps() throws {
    let bytes = ModelCodec.encode(try Self.tinyModel())
    for n in Set([0, 3, 8, 11, 12, 40, bytes.count / 3, bytes.count / 2, bytes.count - 9, bytes.count - 1]) {
      #expect(throws: ModelError.self) { _ = try ModelCodec.decode(Array(bytes.prefix(n))) }
    }
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0x40
    #expect(throws: ModelError.checksumMismatch) { _ = try ModelCodec.decode(flipped) }
    var version = bytes
    version[8] = 9
    #expect(throws: ModelError.unsupportedVersion(9)) { _ = try ModelCodec.decode(version) }
    #expect(throws: ModelError.notAModel) { _ = try ModelCodec.decode(Array("not a model at all".utf8)) }
  }

  @Test func parsesAnyInputWithoutTrapping() throws {
    let model = try Self.tinyModel()
    for forms in [[], ["\u{FFFD}"], ["", " "], Array(repeating: "word", count: 5000)] {
      let s = CoNLLUSentence(words: forms.enumerated().map { CoNLLUWord(id: $0 + 1, form: $1) })
      let out = model.annotate(s)
      #expect(out.words.count == forms.count)
      #expect(out.words.filter { $0.head == 0 }.count == min(1, forms.count))
      #expect(out.words.allSatisfy { $0.head >= 0 && $0.head <= forms.count && $0.head != $0.id })
    }
  }
}
