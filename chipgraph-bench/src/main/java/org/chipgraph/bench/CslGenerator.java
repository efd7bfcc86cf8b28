package org.chipgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic CSV in the US Consolidated Screening List layout (29 columns, 2022 header), for the bench:
 * Entity List rows with one to three addresses, alternate names and Federal Register notices; one row in 50
 * names a Huawei affiliate, one in 20 is another list (not mapped). Deterministic for a given row count.
 */
public final class CslGenerator {
    private CslGenerator() {}

    static final String[] HEADER = {"_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
            "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement", "license_policy",
            "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks",
            "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth",
            "source_information_url", "ids"};
    private static final String[] COUNTRIES = {"CN", "HK", "RU", "IR", "AE", "BY", "SG", "PK", "TR", "KP"};
    private static final String[] CITIES = {"Beijing", "Shenzhen", "Hong Kong", "Moscow", "Tehran", "Dubai", "Minsk", "Singapore", "Karachi", "Istanbul"};

    public static Path write(Path file, long rows) {
        Random rnd = new Random(rows);
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
                p.printRecord((Object[]) HEADER);
                String[] r = new String[HEADER.length];
                for (long i = 1; i <= rows; i++) {
                    java.util.Arrays.fill(r, "");
                    int c = rnd.nextInt(COUNTRIES.length);
                    boolean el = i % 20 != 0;
                    r[0] = Long.toHexString(i * 0x9E3779B97F4A7C15L);
                    r[1] = el ? "Entity List (EL) - Bureau of Industry and Security" : "Unverified List (UVL) - Bureau of Industry and Security";
                    r[5] = i % 50 == 0 ? CITIES[c] + " Huawei Generated Technologies " + i + " Co., Ltd." : "Generated Trading Company " + i + " Ltd.";
                    int addresses = 1 + rnd.nextInt(3);
                    StringBuilder a = new StringBuilder();
                    for (int k = 0; k < addresses; k++) {
                        if (k > 0) a.append("; ");
                        a.append("Room ").append(100 + rnd.nextInt(900)).append(", ").append(1 + rnd.nextInt(99)).append(" Industrial Road, ")
                                .append(CITIES[c]).append(", ").append(COUNTRIES[c]);
                    }
                    r[7] = a.toString();
                    r[8] = (80 + rnd.nextInt(8)) + " FR " + (1000 + rnd.nextInt(90000)) + (rnd.nextBoolean() ? ", " + (80 + rnd.nextInt(8)) + " FR " + (1000 + rnd.nextInt(90000)) : "");
                    r[9] = String.format("20%02d-%02d-%02d", 10 + rnd.nextInt(15), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    r[12] = "For all items subject to the EAR. (See §744.11 of the EAR)";
                    r[13] = "Presumption of denial.";
                    r[21] = "http://bit.ly/1L47xrV";
                    r[22] = rnd.nextInt(3) == 0 ? "GTC " + i + "; and Generated Trading " + i : "";
                    p.printRecord((Object[]) r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
