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
    /// Prints a team's progress report, with its access code when asked.
    func printReport(_ report: TeamReport, content: ContentBundle, showingAccessCode: Bool) throws {
        let rendered = ProgressReport(
            team: report.team, progress: report.progress, content: content, language: language)
        switch format {
        case .json: print(try JSONOutput.encode(rendered))
        case .text:
            print(
                rendered.text(in: language, accessCode: showingAccessCode ? report.team.accessCode : nil),
                terminator: "")
        }
    }
}
