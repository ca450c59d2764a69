/// The gazetteer knows which regions contain which places: the reconciler uses it for region conflicts.
extension Gazetteer: PlaceHierarchy {}
