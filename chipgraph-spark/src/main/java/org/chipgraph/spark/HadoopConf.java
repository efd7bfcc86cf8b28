package org.chipgraph.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop settings (file systems, credentials given as spark.hadoop.*) carried to the tasks. */
record HadoopConf(Map<String, String> entries) implements Serializable {

    static HadoopConf of(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        conf.forEach(e -> m.put(e.getKey(), e.getValue()));
        return new HadoopConf(m);
    }

    Configuration configuration() {
        Configuration c = new Configuration();
        entries.forEach(c::set);
        return c;
    }
}
