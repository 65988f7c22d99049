/// Encodes an optional as JSON `null` instead of leaving the key out, so that every report
/// has the same keys whether a value is known or not.
@propertyWrapper
struct NullEncodable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
