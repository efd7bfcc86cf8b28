package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServeSettingsTest {
    @Test
    void loopbackHostsNeedNoWarning() {
        for (String h : new String[] {"127.0.0.1", "localhost", "::1", "127.0.1.1"}) {
            assertTrue(ServeSettings.defaults().withHost(h).exposureWarning().isEmpty(), h);
        }
    }

    @Test
    void anyOtherHostIsWarnedAbout() {
        assertTrue(ServeSettings.defaults().withHost("0.0.0.0").exposureWarning().orElseThrow().contains("not loopback"));
        assertTrue(ServeSettings.defaults().withHost("192.168.1.5").withPasswordFile(Path.of("p")).exposureWarning().orElseThrow().contains("passwords"));
    }

    @Test
    void updatesAreEnabledExactlyWhenThereIsAPasswordFile() {
        assertTrue(!ServeSettings.defaults().allowUpdate());
        assertTrue(ServeSettings.defaults().withPasswordFile(Path.of("p")).allowUpdate());
    }
}
