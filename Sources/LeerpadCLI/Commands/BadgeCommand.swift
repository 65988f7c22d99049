import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadExport

/// `leerpad badge verify|did|rotate-key|status`: the installation's signed Open Badges.
struct BadgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badge",
        abstract: "Verify signed Open Badges 3.0; show the issuer's DID document and revocation list; rotate its key.",
        subcommands: [VerifyCommand.self, DIDCommand.self, StatusCommand.self, RotateKeyCommand.self])

    /// `leerpad badge verify FILE`.
    struct VerifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the VC-JWTs in FILE (one JWT, or a 'leerpad export badges' file).",
            discussion: """
                Checks the EdDSA signature against the issuer's keys (the database's, or those of \
                --did-document, a published did.json), the JWT claims against the credential, the \
                readable copies in an export against what was signed, and the issuer's revocation \
                list. One line per badge; exit code 1 when any badge is refused or revoked.
                """)

        @Argument(help: "The file with the badges.") var file: String
        @Option(help: "Verify with the keys of this DID document (did.json) instead of the database's.")
        var didDocument: String?
        @OptionGroup var issuer: IssuerOptions
        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let text: String
            let document: DIDDocument?
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
                document = try didDocument.map {
                    try JSONDecoder().decode(DIDDocument.self, from: Data(contentsOf: URL(fileURLWithPath: $0)))
                }
            } catch {
                printError("\(didDocument ?? file): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            let verifier = try UseCase.run(language) { () throws(AppError) in
                try leerpad.badgeVerifier(of: issuer.issuer, document: document)
            }
            let checks = BadgeCheck.checks(in: text, verifier: verifier)
            guard !checks.isEmpty else {
                printError(StandardsText.noBadgesInFile(file).text(language))
                throw ExitCode.failure
            }
            for check in checks { print(check.line(in: language)) }
            if !checks.allSatisfy(\.isValid) { throw ExitCode.failure }
        }
    }

    /// `leerpad badge did`.
    struct DIDCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "did",
            abstract: "Print the issuer's DID document (/.well-known/did.json): every public key, none private.")

        @OptionGroup var issuer: IssuerOptions
        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let document = try UseCase.run(language) { () throws(AppError) in
                try leerpad.didDocument(of: issuer.issuer)
            }
            print(try JSONOutput.encode(document))
        }
    }

    /// `leerpad badge status`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Print the issuer's revocation list (/badges/status): signed badges whose event was revoked.")

        @OptionGroup var issuer: IssuerOptions
        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let list = try UseCase.run(language) { () throws(AppError) in
                try leerpad.revocationList(of: issuer.issuer)
            }
            print(try JSONOutput.encode(list))
        }
    }

    /// `leerpad badge rotate-key`.
    struct RotateKeyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-key",
            abstract: "Make a new signing key and retire the current one; badges it signed stay verifiable.")

        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let id = try UseCase.run(language) { () throws(AppError) in try leerpad.rotateIssuerKey() }
            print(StandardsText.keyRotated(id).text(language))
        }
    }
}
