import LeerpadCore

extension RoundText {
    /// The text in English.
    public var english: String {
        switch self {
        case .weakPassword: "A password has 8 to 72 characters (bytes)."
        case .adminWithMunicipality:
            "An admin account sees every municipality and belongs to none; leave out --municipality."
        case .accountExists(let name): "An account ‘\(name)’ exists already."
        case .unknownAccount(let name): "There is no account ‘\(name)’."
        case .accountAdded(let name, let role): "Account ‘\(name)’ (\(role)) was created."
        case .generatedPassword(let password): "Password (keep it now; it is not shown again): \(password)"
        case .passwordChanged(let name): "The password of ‘\(name)’ was changed; its other sessions were ended."
        case .accountRemoved(let name): "Account ‘\(name)’ was removed."
        case .noAccounts: "There are no accounts yet."
        case .adminOnly: "Only an admin account may do this (the catalogue and all municipalities are shared)."
        case .unknownInstrument(let id, let known): "Unknown questionnaire ‘\(id)’; choose from: \(known)."
        case .minimumOutOfRange(let minimum, let lowest, let size):
            "A minimum of \(minimum) respondents is not possible: it lies between \(lowest) (else answers could be read back) and the team's size (\(size))."
        case .closingInPast(let date): "The closing date \(date) lies in the past."
        case .invalidDate(let text): "‘\(text)’ is no date; write YYYY-MM-DD."
        case .invalidWholeNumber(let text): "‘\(text)’ is no whole number."
        case .roundAlreadyOpen(let team, let round):
            "Team ‘\(team)’ has an open round already (\(round)); close or cancel it first."
        case .roundPastClosing(let round):
            "Round \(round)'s closing date has passed; it takes no more answers. Ask the coordinator to extend it."
        case .unknownRole(let role, let known): "Unknown role ‘\(role)’; choose from: \(known)."
        case .unknownStatement(let id): "answers.\(id): this statement is not in the round's questionnaire."
        case .answerMissing(let id): "answers.\(id): give an answer from 1 to 5 or ‘weet niet’ (don't know)."
        case .invalidAnswerValue(let id, let value):
            "answers.\(id): ‘\(value)’ is no answer; use 1 to 5 or ‘weet niet’ (don't know)."
        case .tooFewInImport(let source, let respondents, let minimum):
            "\(source): \(respondents) respondent(s); a measurement counts from \(minimum). Open a round and let more team members answer."
        case .unchangedAnswers(let id):
            "Exactly these answers are stored already as measurement \(id); nothing new was stored."
        case .unknownRound(let id): "Unknown round ‘\(id)’."
        case .roundEnded(let round, let closed):
            closed ? "Round \(round) is closed already." : "Round \(round) was cancelled."
        case .tooFewRespondents(let round, let submitted, let minimum):
            "Round \(round) has \(submitted) submitted questionnaire(s) and needs at least \(minimum); extend or cancel the round."
        case .responseSubmitted: "This questionnaire was submitted already and cannot change."
        case .roundOpened(let round, let team, let url): "Round \(round) for team ‘\(team)’ is open: \(url)"
        case .roundClosed(let round, let assessment): "Round \(round) is closed; its measurement is \(assessment)."
        case .roundCancelled(let round): "Round \(round) was cancelled."
        case .roundExtended(let round, let closes): "Round \(round) now closes after \(closes)."
        case .responsesImported(let count, let round): "\(count) submitted questionnaire(s) added to round \(round)."
        case .noRounds: "There are no rounds."
        case .progressLine(let submitted, let size): "\(submitted) of \(size) answered"
        case .stateName(let state):
            switch state {
            case .open: "open"
            case .closed: "closed"
            case .cancelled: "cancelled"
            }
        case .roundHeading(let team): "Scan of team \(team)"
        case .roundIntroduction(let statements, let pages):
            "This questionnaire is anonymous: your name, address and browser are not kept. \(statements) statements on \(pages) pages; answer each from 1 (strongly disagree) to 5 (strongly agree) or ‘don't know’. The team sees the outcome only once enough colleagues have answered."
        case .yourRole: "Your role (optional)"
        case .roleName(let role):
            switch role {
            case "bestuur": "Board (alderman, management)"
            case "beleid": "Policy"
            case "uitvoering": "Front line"
            case "informatie": "Information and data roles"
            default: role
            }
        case .ratherNotSay: "Rather not say"
        case .begin: "Begin"
        case .pageHeading(let page, let pages, let dimension): "Part \(page) of \(pages): \(dimension)"
        case .nextPage: "Next"
        case .previousPage: "Previous"
        case .reviewHeading: "Review and submit"
        case .submit: "Submit"
        case .pageHasErrors: "Not every statement on this page is answered; see the messages below."
        case .thanks:
            "Thank you! Your answers are submitted. The outcome appears on the team page once the round is closed."
        case .noOpenRound: "This team has no open measurement round. Ask your coordinator to open one."
        case .roundsHeading: "Measurement rounds"
        case .openRoundHeading: "Open a measurement round"
        case .instrument: "Questionnaire"
        case .closesOn: "Last day (optional)"
        case .minimumRespondents: "Minimum number of respondents"
        case .openRoundButton: "Open round"
        case .closeRoundButton: "Close into a measurement"
        case .cancelRoundButton: "Cancel"
        case .respondentLink: "Respondents' link"
        case .respondents(let count): count == 1 ? "1 respondent" : "\(count) respondents"
        case .thin: "thin"
        case .thinExplanation(let minimum):
            "‘thin’: fewer than \(minimum) respondents or more than half ‘don't know’ — read little into it."
        case .roleMix: "Roles"
        case .importIntoRound: "Add a survey export to a round"
        case .answersFile: "Answer file (CSV)"
        case .importButton: "Add"
        case .privacyHeading: "Privacy (GDPR)"
        case .privacyExplanation:
            "Respondents are anonymous. Download everything stored about a team, or delete a team with all its data (the deletion is logged)."
        case .exportTeamData: "Download all of the team's data (JSON)"
        case .deleteTeamHeading: "Delete a team"
        case .typeTeamNameToConfirm: "Type the team's name to confirm"
        case .deleteTeamButton: "Delete for good"
        case .teamNameDoesNotMatch: "The name does not match the chosen team; nothing was deleted."
        case .roundOpenedNotice(let round): "Round \(round) is open."
        case .roundClosedNotice(let round): "Round \(round) is closed into a measurement."
        case .roundCancelledNotice(let round): "Round \(round) was cancelled."
        case .qrCodeOf(let team): "QR code of team \(team)'s scan link"
        case .minimumShort: "minimum"
        case .round: "Round"
        case .beginFirst(let token):
            "Begin the questionnaire through the link /r/\(token); your answers are kept there."
        case .spreadColumn: "Spread"
        case .spreadExplanation:
            "Spread: how far the respondents' answers lie apart (standard deviation on the 1–5 scale); marked where the team disagrees — something to talk about."
        case .disputed: "the team disagrees here"
        case .alreadyRevoked(let team, let id): "Event \(id) of team ‘\(team)’ is revoked already."
        case .revokesCorrection(let team, let id):
            "Event \(id) of team ‘\(team)’ is itself a correction; a correction cannot be revoked."
        case .inFuture(let field): "\(field): the date lies in the future."
        case .teamDeleted(let team, let events, let assessments):
            "Team ‘\(team)’ was deleted with \(events) event(s) and \(assessments) measurement(s); the deletion is in the audit log."
        case .teamRemovedNotice: "The team and all its data were deleted; the deletion is in the audit log."
        case .confirmDeletion(let team): "Deleting cannot be undone; confirm with --confirm (team ‘\(team)’)."
        }
    }
}
