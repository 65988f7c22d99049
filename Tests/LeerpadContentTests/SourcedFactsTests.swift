import Foundation
import LeerpadContent
import LeerpadCore
import Testing

/// Pins the facts the shipped Content takes from public sources (see `../shared/docs/domain.md`),
/// so that a later edit cannot quietly drift from what the sources say.
@Suite("The shipped Content says what the sources say")
struct SourcedFactsTests {
    let content: ContentBundle

    init() throws {
        content = try TestPaths.content.loadBundle()
    }

    var model: MaturityModel { content.model }

    @Test("the four dimension names are the A&O fonds's words (aeno.nl), verified and cited")
    func dimensionNamesAsPublished() {
        #expect(
            model.dimensions.map(\.name.dutch) == [
                "De publieke waarde van datatoepassingen",
                "De inhoudelijke kennis van data-analyse: techniek, veiligheid, privacy en ethiek",
                "Mens en organisatie",
                "Leren en veranderen",
            ])
        for dimension in model.dimensions {
            #expect(dimension.status == .verified, "\(dimension.id)")
            #expect(dimension.source?.contains("aeno.nl") == true, "\(dimension.id)")
            #expect(dimension.source?.contains("\"\(dimension.name.dutch)\"") == true, "\(dimension.id)")
        }
    }

    @Test("subdimensions 1–2 are plain Effectiviteit and Efficiëntie, reconstructed, with the supporting sentence")
    func subdimensionsOneAndTwo() throws {
        let sentence = "Het gebruik van data vergroot de effectiviteit en efficiency van gemeenten."
        for (id, name) in [("effectiveness", "Effectiviteit"), ("efficiency", "Efficiëntie")] {
            let subdimension = try #require(model.subdimension(id))
            #expect(subdimension.name.dutch == name)
            #expect(subdimension.status == .reconstructed)
            #expect(subdimension.source?.contains(sentence) == true, "\(id)")
            #expect(subdimension.source?.contains("Gereconstrueerd") == true, "\(id)")
        }
        #expect(!model.subdimensions.contains { $0.name.dutch.contains("maatschappelijk resultaat") })
    }

    @Test("subdimensions 3–4 are verified from the booklet transcript; 4 may have a longer name")
    func subdimensionsThreeAndFour() throws {
        let innovation = try #require(model.subdimension("service-innovation"))
        let support = try #require(model.subdimension("stakeholder-support"))
        #expect(innovation.name.dutch == "Innovatie dienstverlening")
        #expect(support.name.dutch == "Steun van stakeholders")
        for subdimension in [innovation, support] {
            #expect(subdimension.status == .verified)
            #expect(subdimension.source?.contains("fdocuments.nl") == true, "\(subdimension.id)")
        }
        #expect(support.source?.contains("Steun van stakeholders voor het proces om tot resultaat te komen") == true)
    }

    @Test("everything verified names its source; what has no source is reconstructed")
    func verifiedMeansCited() {
        for dimension in model.dimensions where dimension.status == .verified {
            #expect(dimension.source != nil, "\(dimension.id)")
        }
        for subdimension in model.subdimensions {
            if subdimension.status == .verified { #expect(subdimension.source != nil, "\(subdimension.id)") }
            if subdimension.source == nil { #expect(subdimension.status == .reconstructed, "\(subdimension.id)") }
        }
        #expect(model.subdimensions.filter { $0.status == .verified }.map(\.number) == [3, 4])
        #expect(model.subdimension("data-skills")?.source == nil)
    }

    @Test("the waste use case quotes Rotterdam's pilot, Twente Milieu's estimate and Amsterdam's stop, with sources")
    func wasteUseCase() throws {
        let waste = try #require(content.useCases.first { $0.id == "waste-routes" })
        let source = try #require(waste.source)
        for fact in [
            "150 papiercontainers", "rijnmond.nl", "RUGGEDISED", "ruim 7.000 containers",
            "VNG Magazine, 18 februari 2022", "schatting van de coördinator", "circa 63 %",
            "13.000 containers", "eind 2021 gestopt", "stadszaken.nl", "afvalonline.nl, 15 november 2022",
        ] {
            #expect(source.contains(fact), "\(fact)")
        }
        #expect(waste.description.dutch.contains("Amsterdam"))
        #expect(waste.subdimensionIDs.contains("stakeholder-support"))
    }

    @Test("the Wmo model's 33 % belongs to one sub-model, vervoersdiensten; the youth-care model works per wijk")
    func forecastUseCases() throws {
        let wmo = try #require(content.useCases.first { $0.id == "wmo-forecast" }?.source)
        #expect(wmo.contains("deelmodel vervoersdiensten"))
        #expect(wmo.contains("33 %"))
        #expect(wmo.contains("schulinck.nl"))
        #expect(wmo.contains("19 juni 2020") && wmo.contains("20 januari 2022") && wmo.contains("vng.nl"))
        #expect(wmo.contains("bij ongewijzigd beleid"))

        let youth = try #require(content.useCases.first { $0.id == "youth-care-forecast" })
        #expect(youth.title.dutch == "Prognose jeugdhulp per wijk")
        let source = try #require(youth.source)
        #expect(source.contains("jeugdhulp zonder verblijf"))
        #expect(source.contains("per wijk en stadsdeel"))
        #expect(source.contains("wellsupport.nl, 1 maart 2022"))
        #expect(!source.contains("per buurt"))
    }

    @Test("the Datawerkplaats is a two-year partnership: no price, no runs of a few months, cited")
    func datawerkplaats() throws {
        let module = try #require(content.catalogue.module("datawerkplaats-project"))
        #expect(module.costPerPerson == Euros(cents: 0))
        #expect(module.runs.isEmpty)
        #expect(module.title.dutch.contains("samenwerkingsverband"))
        #expect(module.description.dutch.contains("twee jaar"))
        #expect(module.description.dutch.contains("bron: dataschool.nl"))
        #expect(module.description.english.contains("two-year partnership"))
        #expect(!module.description.dutch.contains("enkele maanden"))
    }

    @Test("RADIO's team course is free for government organisations and takes at most 15 people")
    func radioTeamCourse() throws {
        let module = try #require(content.catalogue.module("radio-team-data-course"))
        #expect(module.costPerPerson == Euros(cents: 0))
        #expect(module.maxGroupSize == 15)
        #expect(module.description.dutch.contains("it-academieoverheid.nl"))
    }
}
