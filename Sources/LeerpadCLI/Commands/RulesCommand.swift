import ArgumentParser
import LeerpadCore

/// `leerpad rules lint`: check the recommendation rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with the recommendation rules.",
        subcommands: [LintCommand.self]
    )

    /// `leerpad rules lint`.
    struct LintCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Warn about unknown ids, rules that can never fire, and subdimensions no rule covers.",
            discussion: "Exit code 1 when there is any warning."
        )

        @OptionGroup var contentOptions: ContentBundleOptions

        func run() throws {
            let content = try contentOptions.bundle()
            let findings = RuleLinter.lint(
                content.rules, model: content.model, catalogue: content.catalogue, useCases: content.useCases)
            let file = contentOptions.rules ?? "Content/rules.xml"
            for finding in findings { printError("\(file): warning: \(finding)") }
            guard findings.isEmpty else { throw ExitCode.failure }
            print("\(file): \(content.rules.count) rules, no warnings")
        }
    }
}
