extension String {
    /// The text with leading and trailing whitespace removed and inner runs collapsed.
    ///
    /// ASCII text that is already trimmed (single spaces between words, no other whitespace) is
    /// returned as it is without splitting it; anything else (other whitespace, non-ASCII bytes, which
    /// may hold Unicode whitespace) goes through the general path.
    var trimmed: String {
        if isTrimmedASCII { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the UTF-8 bytes are ASCII with no whitespace but single inner spaces.
    private var isTrimmedASCII: Bool {
        let result = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var previousSpace = true
            for byte in bytes {
                if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) { return false }
                let space = byte == 0x20
                if space && previousSpace { return false }
                previousSpace = space
            }
            return !previousSpace || bytes.isEmpty
        }
        return result ?? false
    }
}
