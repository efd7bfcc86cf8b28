package org.chipgraph.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task wrote: its shard and manifest under the job's temporary folder (null when every article of
 * the partition was rejected, or it had none), and the counts the driver reports.
 */
record ShardSummary(String shardName, String writtenTo, long documents, long facts, long quads, List<Reject> rejects) implements Serializable {}
