/// Every top-level command, in the order `contested --help` lists them.
public enum CommandRegistry {
  /// The commands. Add yours here.
  public static var all: [any Command.Type] {
    [
      InitCommand.self,
      AddCommand.self,
      ImportCommand.self,
      ClaimsCommand.self,
      PlacesCommand.self,
      ActorsCommand.self,
      ReportCommand.self,
      EstimateCommand.self,
      CheckCommand.self,
      IngestCommand.self,
      EvalCommand.self,
      ParseCommand.self,
      ReviewCommand.self,
      SourcesCommand.self,
      VerifyCommand.self,
      CompactCommand.self,
      DigestCommand.self,
      ExportCommand.self,
      DemoCommand.self,
    ]
  }

  /// The top-level command with this name.
  public static func command(named name: String) -> (any Command.Type)? {
    all.first { $0.name == name }
  }
}
