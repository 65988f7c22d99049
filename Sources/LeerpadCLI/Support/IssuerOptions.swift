import ArgumentParser
import Foundation
import LeerpadExport

/// `--base-url` and `--issuer-name`: the installation as a badge issuer (its did:web and name).
struct IssuerOptions: ParsableArguments {
    @Option(
        help:
            "The address of the installation: the base of the IRIs Leerpad mints (the issuer is did:web of its host), of respondent links and QR codes (default: $LEERPAD_BASE_URL, else https://leerpad.example; for serve http://HOST:PORT)."
    )
    var baseURL: String?

    @Option(help: "The issuer's name on badges (default: $LEERPAD_ISSUER_NAME, else Leerpad).")
    var issuerName: String?

    /// The base address: `--base-url`, else `$LEERPAD_BASE_URL`, else `fallback`; without a trailing slash.
    func base(or fallback: String = "https://leerpad.example") -> String {
        let chosen =
            baseURL ?? ProcessInfo.processInfo.environment["LEERPAD_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? fallback
        return chosen.hasSuffix("/") ? String(chosen.dropLast()) : chosen
    }

    /// The issuer at `base()`.
    var issuer: BadgeIssuer { issuer(at: base()) }

    /// The issuer at `base`.
    func issuer(at base: String) -> BadgeIssuer {
        let name =
            issuerName ?? ProcessInfo.processInfo.environment["LEERPAD_ISSUER_NAME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "Leerpad"
        return BadgeIssuer(name: name, baseURL: base)
    }
}
