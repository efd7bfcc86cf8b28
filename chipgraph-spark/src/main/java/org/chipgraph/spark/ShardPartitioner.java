package org.chipgraph.spark;

import org.apache.spark.Partitioner;

/**
 * Picks an article's shard from its document IRI alone (the part of the sort key before the NUL), so the
 * same inputs give the same shards whatever the number of executors, and all sources of one document meet.
 */
final class ShardPartitioner extends Partitioner {
    private final int shards;

    ShardPartitioner(int shards) {
        this.shards = shards;
    }

    @Override
    public int numPartitions() {
        return shards;
    }

    @Override
    public int getPartition(Object key) {
        String k = (String) key;
        int nul = k.indexOf('\u0000');
        String doc = nul < 0 ? k : k.substring(0, nul);
        return Math.floorMod(doc.hashCode(), shards);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShardPartitioner p && p.shards == shards;
    }

    @Override
    public int hashCode() {
        return shards;
    }
}
