package org.chipgraph.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session a command runs in: the one already running (spark-submit, a test), or one it starts and stops. */
final class SparkSessions {
    private SparkSessions() {}

    record Session(SparkSession spark, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) spark.stop();
        }
    }

    static Session open(String master) {
        var running = SparkSession.getActiveSession();
        if (running.isEmpty()) running = SparkSession.getDefaultSession();
        if (running.isDefined()) return new Session(running.get(), false);
        SparkConf conf = new SparkConf(true).setAppName("chipgraph-spark extract")
                // Local runs need no web UI; a cluster's history server shows the job.
                .setIfMissing("spark.ui.enabled", "false");
        if (master != null) conf.setMaster(master);
        else conf.setIfMissing("spark.master", "local[*]");
        return new Session(SparkSession.builder().config(conf).getOrCreate(), true);
    }
}
