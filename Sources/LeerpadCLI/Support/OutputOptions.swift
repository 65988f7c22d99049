import ArgumentParser
import LeerpadApp
import LeerpadContent
import LeerpadCore

/// How a command prints its result.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A readable table for people.
    case text
    /// JSON for scripts.
    case json
}

extension Language: ExpressibleByArgument {}

/// The options every reporting command shares: `--format` and `--lang`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
    var language: Language = .default
}

extension OutputOptions {
    /// Prints a team's progress, with its access code when asked.
    func printProgress(_ progress: ProgressView, accessCode: String?) throws {
        switch format {
        case .json: print(try JSONOutput.encode(progress))
        case .text:
            print(ProgressTextRenderer(language: language).render(progress, accessCode: accessCode), terminator: "")
        }
    }
}
