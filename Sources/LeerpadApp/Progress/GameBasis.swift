import LeerpadCore

extension GameEngine.Context {
    /// A fingerprint of what a team's game state is derived from besides the team's own data: the
    /// game's rewards, levels and badges, the model's version and statements, the modules' raised
    /// subdimensions and the use cases' demos. A state kept under another fingerprint is stale.
    ///
    /// It is built from ids and numbers in a fixed order (never from a `Set` or `Dictionary`, whose
    /// order changes between processes), so every server process computes the same one.
    var fingerprint: String {
        var text = "model \(model.version)\n"
        for subdimension in model.subdimensions { text += "sub \(subdimension.id) \(subdimension.dimensionID)\n" }
        for questionnaire in model.questionnaires {
            for statement in questionnaire.statements {
                text += "st \(questionnaire.id) \(statement.id) \(statement.subdimensionID) \(statement.isReversed)\n"
            }
        }
        text += "xp \(settings.startedXP) \(settings.completedXP) \(settings.scoreBonusXP) \(settings.triedXP)"
        text += " \(settings.assessedXP) \(settings.levelRaisedXP) \(settings.reassessmentDays)"
        text += " \(settings.minimumRespondents)\n"
        for level in settings.levels { text += "lv \(level.number) \(level.minimumXP)\n" }
        for badge in settings.badges { text += "badge \(badge.id) \(badge.criterion)\n" }
        for module in catalogue.modules.sorted(by: { $0.id < $1.id }) {
            text += "mod \(module.id)"
            for target in module.raises { text += " \(target.subdimensionID):\(target.level)" }
            text += "\n"
        }
        for useCase in useCases.sorted(by: { $0.id < $1.id }) {
            text += "uc \(useCase.id) \(useCase.demo.map { "\($0)" } ?? "-")\n"
        }
        // FNV-1a, 64 bits: stable across processes and platforms (Swift's `hashValue` is not).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
