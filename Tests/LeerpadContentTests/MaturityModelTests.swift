import LeerpadContent
import LeerpadCore
import Testing

@Suite("The shipped maturity model")
struct MaturityModelTests {
    let model = TestPaths.model

    @Test("4 dimensions and 17 subdimensions, numbered 1–17, with Dutch and English names")
    func structure() {
        #expect(model.dimensions.map(\.code) == ["A", "B", "C", "D"])
        #expect(model.subdimensions.map(\.number) == Array(1...17))
        #expect(model.dimensions.flatMap(\.subdimensionIDs) == model.subdimensions.map(\.id))
        #expect(model.subdimensions.allSatisfy { !$0.name.dutch.isEmpty && !$0.name.english.isEmpty })
        #expect(model.subdimension("service-innovation")?.status == .verified)
        #expect(model.subdimension("stakeholder-support")?.status == .verified)
        #expect(model.subdimension("ethics")?.status == .reconstructed)
    }

    @Test("a descriptor per subdimension per level")
    func descriptors() {
        let levels = Set(model.levels.map(\.number))
        #expect(levels == Set(1...5))
        for subdimension in model.subdimensions {
            #expect(Set(subdimension.descriptors.keys) == levels, "\(subdimension.id)")
        }
    }

    @Test("the quickscan has one statement per subdimension; the full scan at least three, some reversed")
    func questionnaires() throws {
        let quickscan = try #require(model.questionnaires.first { $0.id == "quickscan" })
        let fullscan = try #require(model.questionnaires.first { $0.id == "fullscan" })
        #expect(quickscan.statements.map(\.subdimensionID) == model.subdimensions.map(\.id))
        for subdimension in model.subdimensions {
            #expect(fullscan.statements.filter { $0.subdimensionID == subdimension.id }.count >= 3)
        }
        #expect(fullscan.statements.contains { $0.isReversed })
        #expect(fullscan.statements.allSatisfy { !$0.text.dutch.isEmpty && !$0.text.english.isEmpty })
    }
}
