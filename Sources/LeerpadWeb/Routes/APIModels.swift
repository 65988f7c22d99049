/// The JSON shapes the API reads (see `/openapi.json`); what it writes are the views of
/// `LeerpadApp`, the same the command line prints with `--format json`.
enum APIModels {
    /// The body of `POST /api/coordinator/progress`.
    struct RecordRequest: Decodable {
        var team: String
        var activity: String
        var item: String
        var score: Double?
    }
}
