package org.chipgraph.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scorer mode of the name key gives, name for name, what the scorer itself (../shared/eval/score.py, its
 * norm()) gives, on the hard names of the name-key table; run through python3. Skipped where ../shared or
 * python3 is absent.
 */
@Tag("integration")
class NameKeyScorerTest {
    private static final Path SCORER = Path.of("../shared/eval/score.py");

    @Test
    void theScorerModeKeysHardNamesAsTheScorerDoes() throws Exception {
        assumeTrue(Files.isRegularFile(SCORER), SCORER + " not present: skipped");
        Path names = Path.of("chipgraph-core/src/test/resources/fact/hard-names.txt");
        List<String> input = Files.readAllLines(names, StandardCharsets.UTF_8);
        String script = "import sys\nsys.path.insert(0, sys.argv[1])\nimport score\n"
                + "for line in sys.stdin.read().splitlines():\n    print(score.norm(line))\n";
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, SCORER.toAbsolutePath().getParent().toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 not available: skipped");
            return;
        }
        p.getOutputStream().write(String.join("\n", input).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        List<String> expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        List<String> ours = new ArrayList<>();
        for (String n : input) ours.add(NameKey.standard().key(n, NameKey.Mode.SCORER));
        assertEquals(expected, ours);
    }
}
