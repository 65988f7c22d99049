/// Whether a part of the maturity model was read in a public source or reconstructed.
public enum ProvenanceStatus: String, Sendable, Hashable, Codable {
    /// Read in a public source.
    case verified
    /// Our best faithful guess where the official source is not public.
    case reconstructed
}
