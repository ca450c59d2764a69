extension Array where Element == Conflict {
  /// The conflicts with the gazetteer's name for every place key it knows ("Jabal al-Turkman" rather than the
  /// text of one claim, "all Turkmen villages"); unresolved keys keep their claim text. Ids do not change.
  public func namingPlaces(with gazetteer: Gazetteer) -> [Conflict] {
    map { c in
      guard let p = gazetteer.place(id: c.place) else { return c }
      var named = c
      named.placeName = p.name
      return named
    }
  }
}
