/// The standards part of `/openapi.json`: the issuer's DID document and revocation list, and badge verification.
extension OpenAPIDocument {
    private static func schema(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    private static func answer(_ description: String, _ name: String) -> [String: Any] {
        [
            "200": ["description": description, "content": ["application/json": ["schema": schema(name)]]],
            "400": ["$ref": "#/components/responses/Error"],
        ]
    }

    nonisolated(unsafe) static let standardsSchemas: [String: [String: Any]] = [
        "DIDDocument": [
            "type": "object",
            "description":
                "The issuer's did:web document: every Ed25519 key it signed badges with (JsonWebKey2020, OKP JWK), retired ones too",
            "required": ["@context", "id", "verificationMethod", "assertionMethod"],
            "properties": [
                "@context": ["type": "array", "items": ["type": "string"]],
                "id": ["type": "string", "description": "did:web:HOST"],
                "name": ["type": "string"],
                "verificationMethod": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["id", "type", "controller", "publicKeyJwk"],
                        "properties": [
                            "id": ["type": "string"], "type": ["type": "string"], "controller": ["type": "string"],
                            "publicKeyJwk": [
                                "type": "object", "required": ["kty", "crv", "x"],
                                "properties": [
                                    "kty": ["type": "string"], "crv": ["type": "string"], "x": ["type": "string"],
                                    "kid": ["type": "string"],
                                ],
                            ],
                        ],
                    ],
                ],
                "assertionMethod": ["type": "array", "items": ["type": "string"]],
            ],
        ],
        "RevocationList": [
            "type": "object",
            "description": "1EdTech Revocation List: the signed badges whose event a correction revoked",
            "required": ["id", "issuer", "revokedCredentials"],
            "properties": [
                "id": ["type": "string"], "issuer": ["type": "string"],
                "revokedCredentials": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["id"],
                        "properties": ["id": ["type": "string"], "revocationReason": ["type": "string"]],
                    ],
                ],
            ],
        ],
        "BadgeVerification": [
            "type": "object",
            "description": "The verdict on every VC-JWT in the request",
            "required": ["valid", "badges"],
            "properties": [
                "valid": ["type": "boolean", "description": "Every badge verified and none is revoked"],
                "badges": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "required": ["number", "valid", "revoked", "credentialId", "name", "keyId", "message"],
                        "properties": [
                            "number": ["type": "integer"], "valid": ["type": "boolean"],
                            "revoked": ["type": "boolean"], "credentialId": ["type": "string", "nullable": true],
                            "name": ["type": "string", "nullable": true],
                            "keyId": ["type": "string", "nullable": true],
                            "message": ["type": "string", "description": "The verdict, or why it was refused"],
                        ],
                    ],
                ],
            ],
        ],
    ]

    nonisolated(unsafe) static let standardsPaths: [String: [String: Any]] = [
        "/.well-known/did.json": [
            "get": [
                "summary": "The issuer's DID document (did:web), for verifiers of its badges",
                "responses": answer("The DID document", "DIDDocument"),
            ]
        ],
        "/badges/status": [
            "get": [
                "summary": "The issuer's revocation list (the credentialStatus of every badge)",
                "responses": answer("The revoked credentials", "RevocationList"),
            ]
        ],
        "/api/badges/verify": [
            "post": [
                "summary":
                    "Verify Open Badges 3.0 VC-JWTs: one compact JWT, or JSON with jwt members (a badge export)",
                "requestBody": [
                    "required": true,
                    "content": [
                        "application/jwt": ["schema": ["type": "string"]],
                        "application/json": ["schema": ["type": "object"]],
                    ],
                ],
                "responses": answer("One verdict per badge", "BadgeVerification"),
            ]
        ],
    ]
}
