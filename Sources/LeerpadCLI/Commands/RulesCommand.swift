import ArgumentParser
import LeerpadApp
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

        @Option(name: .customLong("lang"), help: "Language of the messages: nl (default) or en.")
        var language: Language = .default

        func run() throws {
            let content = try contentOptions.bundle()
            let findings = RuleLinter.lint(
                content.rules, model: content.model, catalogue: content.catalogue, useCases: content.useCases)
            let file = contentOptions.rules ?? "Content/rules.xml"
            for finding in findings {
                let problem: CLIText =
                    switch finding.kind {
                    case .unknownTarget(let reference): .lintUnknownTarget(reference: reference)
                    case .unknownModule(let id): .lintUnknownModule(id)
                    case .unknownUseCase(let id): .lintUnknownUseCase(id)
                    case .neverFires(let condition): .lintNeverFires(condition: condition)
                    case .uncovered(let id): .lintUncovered(subdimension: id)
                    }
                printError(
                    language.text(.lintWarning(file: file, rule: finding.ruleID, problem: language.text(problem))))
            }
            guard findings.isEmpty else { throw ExitCode.failure }
            print(language.text(.rulesClean(file: file, rules: content.rules.count)))
        }
    }
}
