package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export-control model's paths of exposure, on query/exposure.trig (one company per path, and the
 * cases that must not be exposure), through both views: company-export-control-exposure and control-exposure.
 */
class ExposureTest {
    @TempDir static Path tmp;
    static TdbStore store;
    static QueryRunner runner;
    static QuestionLibrary library;

    static final String CO = "https://w3id.org/chipgraph/id/company/";
    static final String RULE = "https://w3id.org/chipgraph/id/control/rule";
    static final String LIST = "https://w3id.org/chipgraph/id/control/list";

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(tmp.resolve("db"));
        try (InputStream in = ExposureTest.class.getResourceAsStream("/query/exposure.trig")) {
            Txn.executeWrite(store.datasetGraph(), () -> {
                RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG);
                // The ontology graph, for cg:RestrictedPartyList and the role properties.
                ReferenceData.load().graphs().get(0).quads().forEach(store.datasetGraph()::add);
            });
            store.rebuildSummary(); // read in past the store's own writes
        }
        runner = new QueryRunner(store.datasetGraph(), 30_000).page(0, 0);
        library = QuestionLibrary.load();
    }

    @AfterAll
    static void close() { store.close(); }

    static List<Map<String, String>> ofCompany(String local) {
        return runner.rows(library.get("company-export-control-exposure"), Map.of("company", CO + local));
    }

    static List<Map<String, String>> ofControl(String iri) {
        return runner.rows(library.get("control-exposure"), Map.of("control", iri));
    }

    static Set<String> paths(List<Map<String, String>> rows) {
        Set<String> s = new TreeSet<>();
        rows.forEach(r -> s.add(r.get("controlName") + " / " + r.get("path") + " / " + r.get("via")));
        return s;
    }

    @Test
    void buyingAChipOfARestrictedFamilyIsBuyingARestrictedItem() {
        var rows = ofCompany("item-buyer");
        assertEquals(Set.of("Test rule / buys a restricted item / X"), paths(rows));
        assertEquals("X SXM", rows.get(0).get("through"));
        assertEquals("news.txt: The rule restricts the X.", rows.get(0).get("restriction"));
        assertEquals("news.txt: Item Buyer ordered X SXM boards.", rows.get(0).get("evidence"));
    }

    @Test
    void aCompanyOnAListIsARestrictedPartyCitedByTableRow() {
        var rows = ofCompany("listed-party");
        assertEquals(Set.of("Test list / is a restricted party / Listed Party"), paths(rows));
        assertEquals("list.csv row 2", rows.get(0).get("restriction"));
    }

    @Test
    void aCompanyARuleNamesAndAListListsIsAPartyNotAnExporter() {
        assertEquals(Set.of("Test list / is a restricted party / Named Party", "Test rule / is a restricted party / Named Party"),
                paths(ofCompany("named-party")));
    }

    @Test
    void anAffiliateOrParentOfAListedPartyIsExposed() {
        assertEquals(Set.of("Test list / affiliate of a restricted party / Listed Party"), paths(ofCompany("party-affiliate")));
        assertEquals(Set.of("Test list / affiliate of a restricted party / Listed Party"), paths(ofCompany("party-parent")));
        assertEquals("list.csv row 4", ofCompany("party-affiliate").get(0).get("evidence"));
    }

    @Test
    void aCustomerOfAListedPartyIsSuppliedByARestrictedParty() {
        var rows = ofCompany("party-customer");
        assertEquals(Set.of("Test list / supplied by a restricted party / Listed Party"), paths(rows));
        assertEquals("news.txt: Listed Party supplies Party Customer.", rows.get(0).get("evidence"));
    }

    @Test
    void aCompanyInARestrictedDestinationBuyingChipsMadeAbroadIsExposed() {
        var rows = ofCompany("abroad-buyer");
        assertEquals(Set.of("Test rule / in a restricted destination, buys from abroad / Homeland"), paths(rows));
        assertEquals("Y", rows.get(0).get("through"));
        assertTrue(rows.get(0).get("evidence").contains("Abroad Buyer, based in Homeland,")
                && rows.get(0).get("evidence").contains("Abroad Buyer buys Y chips."), rows.toString());
    }

    @Test
    void aCompanyInARestrictedDestinationBuyingChipsMadeAtHomeIsNotExposed() {
        assertEquals(Set.of(), paths(ofCompany("home-buyer")));
    }

    @Test
    void theExporterARuleNamesNeedsALicenceAndIsNotARestrictedParty() {
        assertEquals(Set.of("Test rule / exporter needing a licence / Chipmaker"), paths(ofCompany("chipmaker")));
    }

    @Test
    void theExportersCustomerIsNotSuppliedByARestrictedParty() {
        assertEquals(Set.of(), paths(ofCompany("chipmaker-customer")));
    }

    @Test
    void aDeniedPurchaseIsNoExposure() {
        assertEquals(Set.of(), paths(ofCompany("denier")));
    }

    @Test
    void bothViewsGiveTheSameRows() {
        Set<String> byCompany = new TreeSet<>(), byControl = new TreeSet<>();
        for (String c : List.of("item-buyer", "listed-party", "named-party", "party-affiliate", "party-parent", "party-customer",
                "abroad-buyer", "home-buyer", "chipmaker", "chipmaker-customer", "denier", "home-maker")) {
            ofCompany(c).forEach(r -> byCompany.add(r.toString()));
        }
        for (String k : List.of(RULE, LIST)) ofControl(k).forEach(r -> byControl.add(r.toString()));
        assertEquals(byCompany, byControl);
        assertEquals(9, byControl.size(), byControl.toString());
    }

    @Test
    void aRowListsItsColumnsInTheOrderTheQuestionProjectsThem() {
        // the row model follows the SELECT clause, whatever order the engine bound the variables in
        for (var row : ofControl(RULE)) {
            assertEquals(List.of("companyName", "controlName", "path", "via", "through", "restriction", "evidence"),
                    List.copyOf(row.keySet()), row.toString());
        }
    }

    @Test
    void controlReachGivesEachTargetItsRole() {
        var rows = runner.rows(library.get("control-reach"), Map.of("control", RULE));
        Set<String> roles = new TreeSet<>();
        rows.forEach(r -> roles.add(r.get("target") + " = " + r.get("role")));
        assertEquals(Set.of("X = restricted item", "Homeland = restricted destination", "Chipmaker = exporter needing a licence",
                "Named Party = restricted party"), roles);
    }
}
