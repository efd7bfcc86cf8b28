package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The jar bin/chipgraph runs holds the product: no benchmark, generator or load client (those are chipgraph-bench). */
@Tag("integration")
class ProductJarTest {
    static final Path JAR = Path.of("chipgraph-cli/target/chipgraph.jar");

    static List<String> chipgraphClasses() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is not built (failsafe runs after package)");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/chipgraph/") && n.endsWith(".class")).toList();
        }
    }

    @Test
    void theCliJarHoldsNoBenchmarkGeneratorOrLoadClient() throws Exception {
        List<String> bench = chipgraphClasses().stream()
                .filter(n -> n.startsWith("org/chipgraph/bench/") || n.matches(".*/[^/]*(Bench|Generator|SyntheticGraph)[^/]*\\.class"))
                .toList();
        assertEquals(List.of(), bench);
    }

    @Test
    void theCliJarHoldsTheCoreTheServerAndTheCommands() throws Exception {
        List<String> classes = chipgraphClasses();
        for (String c : List.of("org/chipgraph/cli/ChipgraphCli.class", "org/chipgraph/serve/ChipgraphServer.class",
                "org/chipgraph/extract/NewsExtractor.class", "org/chipgraph/store/TdbStore.class")) {
            assertTrue(classes.contains(c), c + " missing from " + JAR);
        }
    }
}
