package io.contraflow.benchmarks.throughput;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * What a step cost: process CPU time (broker, producer, consumers and streams app all live in this JVM; the registry,
 * a child process, is not counted), the CPU time of the stream threads alone, and the bytes written to each topic:
 * the broker's own count of bytes appended by producers ({@code BytesInPerSec}'s total, read over JMX from the broker in
 * this JVM), which compaction and the purging of repartition topics do not take back; without it, the growth of each
 * topic's log ({@code describeLogDirs}), which they do.
 */
public final class Meters {
  private final Admin admin;
  private final int brokerId;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** A reading: CPU times in nanoseconds and log bytes by topic. */
  public record Reading(long processCpu, long streamThreadCpu, Map<String, Long> bytesByTopic) {}

  public Meters(Admin admin) throws ExecutionException, InterruptedException {
    this.admin = admin;
    this.brokerId = admin.describeCluster().nodes().get().iterator().next().id();
  }

  public Reading read() throws ExecutionException, InterruptedException {
    return new Reading(os.getProcessCpuTime(), streamThreadCpu(), logBytes());
  }

  /** CPU time of the live Kafka Streams threads (names containing "StreamThread"). */
  private long streamThreadCpu() {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null || !info.getThreadName().contains("StreamThread")) continue;
      long t = threads.getThreadCpuTime(info.getThreadId());
      if (t > 0) total += t;
    }
    return total;
  }

  private Map<String, Long> logBytes() throws ExecutionException, InterruptedException {
    Map<String, Long> appended = bytesIn();
    if (!appended.isEmpty()) return appended;
    Map<String, Long> bytes = new HashMap<>();
    Map<String, LogDirDescription> dirs = admin.describeLogDirs(java.util.List.of(brokerId)).allDescriptions().get().get(brokerId);
    for (LogDirDescription dir : dirs.values()) {
      for (Map.Entry<TopicPartition, org.apache.kafka.clients.admin.ReplicaInfo> r : dir.replicaInfos().entrySet()) {
        bytes.merge(r.getKey().topic(), r.getValue().size(), Long::sum);
      }
    }
    return bytes;
  }

  /** Bytes producers appended per topic since the broker started, or nothing when the broker's metrics are not in JMX. */
  private static Map<String, Long> bytesIn() {
    Map<String, Long> bytes = new HashMap<>();
    try {
      javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      for (javax.management.ObjectName name : server.queryNames(
          new javax.management.ObjectName("kafka.server:type=BrokerTopicMetrics,name=BytesInPerSec,topic=*"), null)) {
        bytes.put(name.getKeyProperty("topic"), ((Number) server.getAttribute(name, "Count")).longValue());
      }
    } catch (javax.management.JMException e) {
      return Map.of();
    }
    return bytes;
  }
}
