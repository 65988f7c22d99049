import ArgumentParser
import Foundation
import LeerpadContent

/// `leerpad content …`: work with the Content files.
struct ContentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Check the Content files (model, catalogue, rules, …).",
        subcommands: [ValidateCommand.self]
    )

    /// `leerpad content validate [FILES…]`.
    struct ValidateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Validate Content files against their schemas; print file:line:column: message per problem.",
            discussion: "Without FILES every file in the Content directory is checked. Exit code 1 on any problem."
        )

        @Argument(help: "Files to check (default: all Content files).")
        var files: [String] = []

        @OptionGroup var location: ContentDirectoryOptions

        func run() throws {
            let directory = try location.directory()
            let urls = files.isEmpty ? nil : files.map { URL(fileURLWithPath: $0) }
            let diagnostics = directory.validate(urls)
            for diagnostic in diagnostics {
                printError(diagnostic.description)
            }
            guard diagnostics.isEmpty else { throw ExitCode.failure }
            let checked = urls ?? directory.existingFiles()
            print(checked.map { "\($0.relativePath): OK" }.joined(separator: "\n"))
        }
    }
}
