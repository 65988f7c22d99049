"""Writes the reference matrices of QRCodeTests with the Python `qrcode` package (an independent
encoder), used as a black box only: text in, module matrix out, at a fixed version and mask.

    python3 -m venv /tmp/qr-venv && /tmp/qr-venv/bin/pip install qrcode
    /tmp/qr-venv/bin/python Tests/LeerpadWebTests/Fixtures/QR/generate.py

Each case file is the matrix as rows of 0 (light) and 1 (dark), without the quiet zone.
full-capacity.txt has one line per version (1-40) and level (L, M, Q, H): the largest byte count
the reference accepts there, the mask forced, and the FNV-1a 64-bit hash of the matrix written
the same way (rows of 0/1, each ended by a newline), for the text `filler(count, version)`.
"""

import os

import qrcode
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_8BIT_BYTE, QRData

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}

# name, text, level, version, mask (the same list is in QRCodeTests.swift)
CASES = [
    ("v1-L-mask0", "Leerpad", "L", 1, 0),
    ("v4-M-mask5", "https://leerpad.example/r/abcdefghijklmnopqrstuv", "M", 4, 5),
    ("v5-Q-mask3", "Meting ronde 3 \u2013 caf\u00e9, \u00e9\u00e9n keer per 28 dagen", "Q", 5, 3),
    ("v7-H-mask7", "https://leerpad.example/r/0123456789abcdefghij", "H", 7, 7),
    (
        "v10-M-mask6",
        "https://leerpad.example/r/abcdefghijklmnopqrstuv?team=gemeente-voorbeeld&ronde=2026-12"
        "&taal=nl&bron=workshop&kenmerk=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrst"
        "uvwxyz0123456789-0123456789abcdefghij",
        "M",
        10,
        6,
    ),
]


def matrix(data: bytes, level: str, version: int, mask: int) -> str:
    code = qrcode.QRCode(version=version, error_correction=LEVELS[level], mask_pattern=mask)
    code.add_data(QRData(data, mode=MODE_8BIT_BYTE), optimize=0)
    code.make(fit=False)
    return "".join("".join("1" if m else "0" for m in row) + "\n" for row in code.modules)


def filler(count: int, version: int) -> bytes:
    return bytes(0x21 + (i * 7 + version) % 94 for i in range(count))


def fnv1a(text: str) -> int:
    value = 0xCBF29CE484222325
    for byte in text.encode():
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def fits(count: int, level: str, version: int) -> bool:
    try:
        matrix(filler(count, version), level, version, 0)
        return True
    except DataOverflowError:
        return False


def main() -> None:
    for name, text, level, version, mask in CASES:
        with open(os.path.join(HERE, name + ".txt"), "w") as out:
            out.write(matrix(text.encode("utf-8"), level, version, mask))
    lines = ["# version level bytes mask fnv1a64"]
    count = 1
    for version in range(1, 41):
        for index, level in enumerate("LMQH"):
            count = 1
            while fits(count * 2, level, version):
                count *= 2
            step = count // 2
            while step >= 1:
                if fits(count + step, level, version):
                    count += step
                step //= 2
            mask = (version + index) % 8
            digest = fnv1a(matrix(filler(count, version), level, version, mask))
            lines.append(f"{version} {level} {count} {mask} {digest:016x}")
    with open(os.path.join(HERE, "full-capacity.txt"), "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
