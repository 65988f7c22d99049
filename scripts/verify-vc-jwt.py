#!/usr/bin/env python3
"""Independent check of a VC-JWT badge: PyJWT (with cryptography) verifies the EdDSA
signature with the key the issuer's DID document names in the JWT's `kid`, and requires the
registered claims. Not Leerpad code: the badge tests use it as a second verifier.

Usage: verify-vc-jwt.py DID.json TOKEN-FILE   (exit 0 and "ok JTI" when valid, else 1)
"""
import json
import sys

import jwt

document = json.load(open(sys.argv[1], encoding="utf-8"))
token = open(sys.argv[2], encoding="utf-8").read().strip()
try:
    header = jwt.get_unverified_header(token)
    methods = {m["id"]: m for m in document["verificationMethod"]}
    method = methods.get(header.get("kid"))
    if method is None or header.get("kid") not in document["assertionMethod"]:
        raise jwt.InvalidTokenError(f"kid {header.get('kid')!r} is not an assertion method of {document['id']}")
    key = jwt.PyJWK(method["publicKeyJwk"], algorithm="EdDSA")
    claims = jwt.decode(
        token, key.key, algorithms=["EdDSA"],
        options={"require": ["iss", "jti", "nbf", "sub"], "verify_aud": False},
    )
    if claims["iss"] != document["id"] or claims["issuer"]["id"] != document["id"]:
        raise jwt.InvalidTokenError("issuer does not match the DID document")
    if "OpenBadgeCredential" not in claims["type"] or claims["jti"] != claims["id"]:
        raise jwt.InvalidTokenError("not an OpenBadgeCredential, or jti is not its id")
except (jwt.InvalidTokenError, KeyError, ValueError) as error:
    print(f"refused: {error}")
    sys.exit(1)
print("ok", claims["jti"])
