package io.contraflow.embedded;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The server properties of a one-node Kafka cluster: a combined broker + KRaft controller listening on 127.0.0.1 only,
 * with every internal topic at replication factor 1 so that transactions (exactly-once streams) work on one node.
 *
 * <p>Keys are the documented broker configuration names rather than constants from Kafka's server modules, whose
 * classes move between releases while the names stay.
 */
final class SingleNodeBrokerProperties {

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String HOST = "127.0.0.1";

    private SingleNodeBrokerProperties() {
    }

    static Properties of(int brokerPort, int controllerPort, Path logDir) {
        Properties p = new Properties();
        // One node that is both the broker and the only voter of the metadata quorum (static quorum: no dynamic
        // voter bootstrap needed for a cluster that never grows).
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("log.dirs", logDir.toAbsolutePath().toString());

        // Internal topics: one replica (there is one node), one partition (one node gains nothing from 50).
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        // Topics are created explicitly by the application; a typo must fail, not create a topic.
        p.put("auto.create.topics.enable", "false");
        // A group with one member should not wait 3 s for others to join.
        p.put("group.initial.rebalance.delay.ms", "0");

        // Small footprint: the log cleaner allocates its dedupe buffer up front (128 MiB by default), and a demo
        // broker needs few threads.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        // Faster start: the broker is unfenced on a heartbeat, so a shorter interval makes it ready sooner.
        p.put("broker.heartbeat.interval.ms", "500");
        // Fail a start that cannot complete (the default waits forever) instead of hanging the demo or a test.
        p.put("server.max.startup.time.ms", "60000");
        return p;
    }
}
