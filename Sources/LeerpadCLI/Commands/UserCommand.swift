import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

extension AccountRole: ExpressibleByArgument {}

/// `leerpad user add|list|password|remove`: coordinators' accounts.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add, list and remove coordinators' accounts; change passwords.",
        subcommands: [AddCommand.self, ListCommand.self, PasswordCommand.self, RemoveCommand.self])

    /// `leerpad user add NAME --role admin|hr [--municipality M] [--password-stdin]`.
    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an account; without --password-stdin it generates and prints a password.",
            discussion:
                "admin: an A&O fonds or regional coordinator, sees every municipality. hr: one municipality's coordinator."
        )
        @Argument(help: "The sign-in name.") var name: String
        @Option(help: "admin or hr.") var role: AccountRole
        @Option(help: "The municipality of an hr account.") var municipality: String?
        @Flag(help: "Read the password from standard input (one line).") var passwordStdin = false
        @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
        var language: Language = .default
        @OptionGroup var app: AppOptions

        func validate() throws {
            if role == .hr, municipality?.isEmpty != false {
                throw ValidationError("--role hr needs --municipality NAME")
            }
        }

        func run() throws {
            let leerpad = try app.leerpad()
            let generated = passwordStdin ? nil : leerpad.makePassword()
            let password = try generated ?? PasswordInput.readLine(language: language)
            let account = try UseCase.run(language) { () throws(AppError) in
                try leerpad.addAccount(name: name, role: role, municipality: municipality, password: password)
            }
            print(RoundText.accountAdded(name: account.name, role: account.role.rawValue).text(language))
            if let generated { print(RoundText.generatedPassword(generated).text(language)) }
        }
    }

    /// `leerpad user list`.
    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let accounts = try UseCase.run(output.language) { () throws(AppError) in try leerpad.accounts() }
            switch output.format {
            case .json:
                print(
                    try JSONOutput.encode(
                        accounts.map {
                            AccountEntry(name: $0.name, role: $0.role.rawValue, municipality: $0.municipality)
                        }))
            case .text:
                if accounts.isEmpty { print(RoundText.noAccounts.text(output.language)) }
                for account in accounts {
                    print([account.name, account.role.rawValue, account.municipality ?? "*"].joined(separator: "\t"))
                }
            }
        }
    }

    /// `leerpad user password NAME [--password-stdin]`.
    struct PasswordCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: "Give an account a new password (generated unless --password-stdin); ends its sessions.")
        @Argument(help: "The sign-in name.") var name: String
        @Flag(help: "Read the password from standard input (one line).") var passwordStdin = false
        @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
        var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let generated = passwordStdin ? nil : leerpad.makePassword()
            let password = try generated ?? PasswordInput.readLine(language: language)
            try UseCase.run(language) { () throws(AppError) in try leerpad.changePassword(of: name, to: password) }
            print(RoundText.passwordChanged(name: name).text(language))
            if let generated { print(RoundText.generatedPassword(generated).text(language)) }
        }
    }

    /// `leerpad user remove NAME`.
    struct RemoveCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an account and end its sessions.")
        @Argument(help: "The sign-in name.") var name: String
        @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
        var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            try UseCase.run(language) { () throws(AppError) in try leerpad.removeAccount(named: name) }
            print(RoundText.accountRemoved(name: name).text(language))
        }
    }
}

/// An account in `user list --format json` (never its hash).
private struct AccountEntry: Encodable {
    var name: String
    var role: String
    var municipality: String?
}

/// A password read from standard input.
enum PasswordInput {
    /// The first line of standard input, without its line ending.
    static func readLine(language: Language) throws -> String {
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
            printError(RoundText.weakPassword.text(language))
            throw ExitCode.failure
        }
        return line
    }
}
