import LeerpadExport

extension StandardsText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .badgeValid(let name, let id, let key): "geldig: ‘\(name)’ (\(id)), ondertekend met \(key)"
        case .badgeRevoked(let name, let id): "ingetrokken: ‘\(name)’ (\(id)); de gebeurtenis erachter is teruggedraaid"
        case .badgeRefused(let number, let error): "badge \(number) geweigerd: \(Self.dutch(error))"
        case .noBadgesInFile(let file): "\(file): geen VC-JWT gevonden (een bestand met één JWT of een badge-export)"
        case .badgesSigned(let count, let issuer): "\(count) badges ondertekend door \(issuer) (VC-JWT, EdDSA)"
        case .keyRotated(let id):
            "nieuwe ondertekensleutel \(id); eerdere sleutels blijven in did.json, oude badges blijven geldig"
        case .lrsReport(let queued, let delivered, let pending):
            "LRS: \(queued) nieuw in de wachtrij, \(delivered) afgeleverd, \(pending) wachtend"
        case .lrsLastError(let error): "laatste fout: \(error)"
        case .lrsOutboxEmpty: "de LRS-wachtrij is leeg"
        case .lrsEndpointStatus(let endpoint, let pending, let delivered):
            "\(endpoint): \(pending) wachtend, \(delivered) afgeleverd"
        case .lrsNextAttempt(let when): "volgende poging: \(when)"
        case .lrsNotConfigured: "er is geen LRS ingesteld"
        case .lrsSaved: "LRS opgeslagen; de statements zijn in de wachtrij gezet"
        case .lrsTitle: "LRS (leerrecordopslag)"
        case .lrsURL: "LRS-adres (xAPI)"
        case .lrsUser: "Gebruiker"
        case .lrsPassword: "Wachtwoord (leeg laten om het bewaarde te houden)"
        case .lrsSaveAndSend: "Opslaan en versturen"
        }
    }

    private static func dutch(_ error: BadgeVerificationError) -> String {
        switch error {
        case .malformed(let reason): "geen geldige VC-JWT (\(reason))"
        case .unsupportedAlgorithm(let alg): "algoritme ‘\(alg)’ wordt niet aanvaard, alleen EdDSA"
        case .unknownKey(let kid): "sleutel ‘\(kid)’ hoort niet bij de uitgever"
        case .badSignature(let kid): "de handtekening klopt niet (sleutel \(kid)): de badge is gewijzigd"
        case .wrongIssuer(let credential, let key): "uitgever ‘\(credential)’ past niet bij sleutel \(key)"
        case .claimMismatch(let claim, let expected, let found):
            "JWT-claim \(claim) is ‘\(found)’, de badge zegt ‘\(expected)’"
        case .notABadge(let reason): "geen Open Badges 3.0-credential: \(reason)"
        case .copyDiffers(let id): "de leesbare kopie van \(id) wijkt af van wat ondertekend is"
        }
    }
}
