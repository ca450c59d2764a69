/// Trains a tagger and a parser from a treebank's training and development sentences. Pure and deterministic
/// for a seed; progress lines go to `log`.
public struct SyntaxTraining {
  /// The options.
  public var options: TrainingOptions
  /// Where progress lines go.
  public var log: (String) -> Void

  /// A training run.
  public init(options: TrainingOptions, log: @escaping (String) -> Void) {
    self.options = options
    self.log = log
  }

  /// The trained model, with `header` stored in it.
  public func train(train: [CoNLLUSentence], dev: [CoNLLUSentence], header: String) -> SyntaxModel {
    let relations = TrainingData.relations(train)
    let data = TrainingData(train, relations: relations)
    let devData = TrainingData(dev, relations: relations)
    var rng = SplitMix64(seed: options.seed)
    let predicted = jackknife(data, rng: &rng)
    log("jack-knifed tags: \(ParseScore.percent(agreement(predicted, data.tags))) % right on the training data")
    let taggerTrainer = trainTagger(data, Array(0..<data.words.count), rng: &rng, dev: devData)
    let tagger = taggerTrainer.tagger()
    let devTags = devData.words.map { tagger.tag($0) }
    var trainer = ParserTrainer(labels: relations, seed: rng.next())
    var examples = (0..<data.words.count).map {
      ParserTrainer.Example(words: data.words[$0], tags: predicted[$0], heads: data.heads[$0], labels: data.labels[$0])
    }
    for it in 0..<options.parserIterations {
      examples.shuffle(using: &rng)
      trainer.train(examples, followPredictions: it > 0)
      let model = SyntaxModel(header: header, tagger: tagger, parser: trainer.parser())
      let score = evaluate(model, dev, devTags)
      log("iteration \(it + 1)/\(options.parserIterations): dev \(score.summary)")
    }
    return fit(header: header, tagger: taggerTrainer, parser: trainer, dev: dev)
  }

  /// Tags for every training sentence from a tagger that did not see it (k-fold jack-knifing).
  func jackknife(_ data: TrainingData, rng: inout SplitMix64) -> [[UInt8]] {
    var out = data.tags
    let n = data.words.count
    let k = max(2, options.folds)
    for fold in 0..<k {
      let rest = (0..<n).filter { $0 % k != fold }
      let tagger = trainTagger(data, rest, rng: &rng, dev: nil).tagger()
      for i in stride(from: fold, to: n, by: k) { out[i] = tagger.tag(data.words[i]) }
      log("fold \(fold + 1)/\(k) tagged")
    }
    return out
  }

  func trainTagger(_ data: TrainingData, _ indices: [Int], rng: inout SplitMix64, dev: TrainingData?)
    -> TaggerTrainer
  {
    var trainer = TaggerTrainer(tags: TrainingData.upos)
    var pairs = data.tagged(indices)
    trainer.buildDictionary(pairs)
    for it in 0..<options.taggerIterations {
      pairs.shuffle(using: &rng)
      let acc = trainer.train(pairs)
      if let dev {
        let t = trainer.tagger()
        let predicted = dev.words.map { t.tag($0) }
        log(
          "tagger iteration \(it + 1)/\(options.taggerIterations): train \(ParseScore.percent(acc)), "
            + "dev UPOS \(ParseScore.percent(agreement(predicted, dev.tags)))")
      }
    }
    return trainer
  }

  func agreement(_ a: [[UInt8]], _ b: [[UInt8]]) -> Double {
    var right = 0
    var total = 0
    for (x, y) in zip(a, b) {
      for (p, q) in zip(x, y) where p == q { right += 1 }
      total += y.count
    }
    return total == 0 ? 0 : Double(right) / Double(total)
  }

  func evaluate(_ model: SyntaxModel, _ dev: [CoNLLUSentence], _ devTags: [[UInt8]]) -> ParseScore {
    var score = ParseScore()
    for (s, tags) in zip(dev, devTags) {
      let words = s.words.map { WordInfo($0.form) }
      let tree = model.parser.parse(words, tags: tags)
      var p = s
      for k in 0..<p.words.count {
        p.words[k].upos = model.tagger.tags[Int(tags[k])]
        p.words[k].head = tree.heads[k]
        p.words[k].deprel = model.parser.labels[Int(tree.labels[k])]
      }
      try? score.add(gold: s, predicted: p)
    }
    return score
  }

  /// The final model, its smallest weights pruned until its file fits `maxBytes` (a bisection on the
  /// magnitude below which averaged weights are dropped, the same for all three tables).
  func fit(header: String, tagger: TaggerTrainer, parser: ParserTrainer, dev: [CoNLLUSentence]) -> SyntaxModel {
    let overhead = 64 * 1024 + header.utf8.count + 9 * 8000
    func size(_ t: Float) -> Int { tagger.storedBytes(threshold: t) + parser.storedBytes(threshold: t) + overhead }
    var lo: Float = 0
    var hi: Float = 1
    while size(hi) > options.maxBytes && hi < 1e6 { hi *= 2 }
    if size(0) > options.maxBytes {
      for _ in 0..<14 {
        let mid = (lo + hi) / 2
        if size(mid) > options.maxBytes { lo = mid } else { hi = mid }
      }
    } else {
      hi = 0
    }
    let t = tagger.tagger(threshold: hi)
    let model = SyntaxModel(header: header, tagger: t, parser: parser.parser(threshold: hi))
    let devTags = dev.map { t.tag($0.words.map { WordInfo($0.form) }) }
    let score = evaluate(model, dev, devTags)
    log("pruned weights below \(hi): ~\(size(hi)) bytes, dev \(score.summary)")
    return model
  }
}
