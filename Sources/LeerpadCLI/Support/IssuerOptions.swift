import ArgumentParser
import Foundation
import LeerpadExport

/// `--base-url` and `--issuer-name`: the installation as a badge issuer (its did:web and name).
struct IssuerOptions: ParsableArguments {
    @Option(help: "The base of the IRIs Leerpad mints; the issuer is did:web of its host.")
    var baseURL: String = "https://leerpad.example"

    @Option(help: "The issuer's name on badges (default: $LEERPAD_ISSUER_NAME, else Leerpad).")
    var issuerName: String?

    /// The issuer.
    var issuer: BadgeIssuer {
        let name =
            issuerName ?? ProcessInfo.processInfo.environment["LEERPAD_ISSUER_NAME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "Leerpad"
        return BadgeIssuer(name: name, baseURL: baseURL)
    }
}
