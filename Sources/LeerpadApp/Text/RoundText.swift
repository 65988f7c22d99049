import LeerpadCore
import LeerpadStore

/// The sentences of accounts, measurement rounds and the log's refusals.
///
/// The Dutch texts are in `RoundText+Dutch.swift`, the English ones in `RoundText+English.swift`.
public enum RoundText: TextCatalogue {
    // Accounts
    case weakPassword
    case adminWithMunicipality
    case accountExists(String)
    case unknownAccount(String)
    case accountAdded(name: String, role: String)
    case generatedPassword(String)
    case passwordChanged(name: String)
    case accountRemoved(name: String)
    case noAccounts
    case adminOnly

    // Rounds
    case unknownInstrument(String, known: String)
    case minimumOutOfRange(minimum: Int, lowest: Int, teamSize: Int)
    case closingInPast(String)
    case invalidDate(String)
    case invalidWholeNumber(String)
    case roundAlreadyOpen(team: String, round: Int64)
    case roundPastClosing(round: Int64)
    case unknownRole(String, known: String)
    case unknownStatement(String)
    case answerMissing(String)
    case invalidAnswerValue(String, value: String)
    case tooFewInImport(source: String, respondents: Int, minimum: Int)
    case unchangedAnswers(assessmentID: Int64)
    case unknownRound(String)
    case roundEnded(round: Int64, closed: Bool)
    case tooFewRespondents(round: Int64, submitted: Int, minimum: Int)
    case responseSubmitted
    case roundOpened(round: Int64, team: String, url: String)
    case roundClosed(round: Int64, assessment: Int64)
    case roundCancelled(round: Int64)
    case roundExtended(round: Int64, closes: String)
    case responsesImported(count: Int, round: Int64)
    case noRounds
    case progressLine(submitted: Int, teamSize: Int)
    case stateName(RoundState)

    // Web pages of rounds
    case roundHeading(team: String)
    case roundIntroduction(statements: Int, pages: Int)
    case yourRole
    case roleName(String)
    case ratherNotSay
    case begin
    case pageHeading(page: Int, pages: Int, dimension: String)
    case nextPage
    case previousPage
    case reviewHeading
    case submit
    case pageHasErrors
    case thanks
    case noOpenRound
    case roundsHeading
    case openRoundHeading
    case instrument
    case closesOn
    case minimumRespondents
    case openRoundButton
    case closeRoundButton
    case cancelRoundButton
    case respondentLink
    case respondents(Int)
    case thin
    case thinExplanation(minimum: Int)
    case roleMix
    case importIntoRound
    case answersFile
    case importButton
    case privacyHeading
    case privacyExplanation
    case exportTeamData
    case deleteTeamHeading
    case typeTeamNameToConfirm
    case deleteTeamButton
    case teamNameDoesNotMatch
    case roundOpenedNotice(round: Int64)
    case roundClosedNotice(round: Int64)
    case roundCancelledNotice(round: Int64)
    case qrCodeOf(team: String)
    case minimumShort
    case spreadColumn
    case spreadExplanation
    case disputed
    case beginFirst(token: String)
    case round

    // The log
    case alreadyRevoked(team: String, id: Int64)
    case revokesCorrection(team: String, id: Int64)
    case inFuture(field: String)

    // Privacy
    case teamDeleted(team: String, events: Int, assessments: Int)
    case confirmDeletion(team: String)
    case teamRemovedNotice
}
