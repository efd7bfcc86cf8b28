package org.chipgraph.extract.csv;

import static org.junit.jupiter.api.Assertions.*;

import org.chipgraph.fact.NameKey;
import org.chipgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution of table names to reference entities, by the rules of mappings/resolution-rules.txt. */
class EntityResolverTest {

    static EntityResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new EntityResolver(ReferenceData.load().entities(), ResolutionRules.load());
    }

    static final String CO = "https://w3id.org/chipgraph/id/company/";
    static final String CHIP = "https://w3id.org/chipgraph/id/chip/";

    @Test
    void spellingsOfNvidiaResolveToTheReferenceEntity() {
        for (String n : new String[] {"NVIDIA", "Nvidia", "NVIDIA Corporation", "nvidia corp."}) {
            Resolution r = resolver.resolve(n, "Company");
            assertEquals(CO + "nvidia", r.iri(), n);
            assertFalse(r.discovered(), n);
        }
    }

    @Test
    void corporateSuffixesAndATrailingAcronymAreIgnored() {
        assertEquals(CO + "huawei", resolver.resolve("Huawei Technologies Co., Ltd.", "Company").iri());
        Resolution r = resolver.resolve("Huawei Technologies Co., Ltd. (Huawei)", "Company");
        assertEquals(CO + "huawei", r.iri());
        assertEquals("normalised", r.rule());
    }

    @Test
    void aParentheticalInsideTheNameKeepsASubsidiaryApart() {
        Resolution r = resolver.resolve("Huawei Technologies (UK) Co., Ltd.", "Company");
        assertTrue(r.discovered());
        assertEquals(CO + "huawei", resolver.companyNamedIn("Huawei Technologies (UK) Co., Ltd.", r.iri()).orElseThrow());
    }

    @Test
    void anUnknownNameBecomesADiscoveredEntityWithAStableIri() {
        Resolution a = resolver.resolve("Acme Photonics Co., Ltd.", "Company");
        Resolution b = resolver.resolve("ACME PHOTONICS CO LTD", "Company");
        assertTrue(a.discovered());
        assertEquals("discovered", a.rule());
        assertEquals(CO + "acme-photonics", a.iri());
        assertEquals(a.iri(), b.iri());
    }

    @Test
    void isoCodesResolveCountriesByNotation() {
        assertEquals("https://w3id.org/chipgraph/id/country/taiwan", resolver.resolve("TWN", "Country").iri());
        assertEquals("https://w3id.org/chipgraph/id/country/china", resolver.resolve("CN", "Country").iri());
    }

    @Test
    void aChipNameWithItsVendorResolvesWithoutIt() {
        Resolution r = resolver.resolve("AMD Instinct MI300X", "Chip");
        assertEquals(CHIP + "mi300x", r.iri());
    }

    @Test
    void aChipVariantIsASpecificChipWhoseFamilyIsTheReferenceChip() {
        Resolution specific = resolver.specificChip("NVIDIA H100 SXM5 80GB");
        assertTrue(specific.discovered());
        assertEquals(CHIP + "h100-sxm5-80gb", specific.iri());
        assertEquals(CHIP + "h100", resolver.chipFamily("NVIDIA H100 SXM5 80GB").orElseThrow());
        assertEquals(CHIP + "ascend-910b", resolver.specificChip("Huawei Ascend 910B").iri());
    }

    @Test
    void aggregatesAreFoundOnlyAsAggregates() {
        assertEquals("https://w3id.org/chipgraph/id/aggregate/china", resolver.lookup("China", "Aggregate").orElseThrow().iri());
        assertTrue(resolver.lookup("China", "Company").isEmpty());
    }

    @Test
    void aSuffixLineInTheResolutionRulesSaysWhereSuffixesAreListedNow() {
        var e = assertThrows(org.chipgraph.error.InputError.class,
                () -> ResolutionRules.parse("test-rules.txt", "marker affiliateOf \"Affiliate:\"\nsuffix gmbh\n"));
        assertEquals("test-rules.txt:2: corporate suffixes are listed in ontology/name-keys.txt now, for every source alike", e.getMessage());
    }

    @Test
    void tableNamesAreKeyedByTheOneNameKey() {
        assertEquals(NameKey.standard().key("Vörtex Halbleiter GmbH"), resolver.normalise("Vörtex Halbleiter GmbH"));
        assertEquals("vortex halbleiter", resolver.normalise("Vörtex Halbleiter GmbH"));
    }
}
