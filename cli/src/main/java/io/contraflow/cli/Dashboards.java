package io.contraflow.cli;

import io.contraflow.dashboard.DashboardDeserializers;
import io.contraflow.dashboard.DashboardServer;
import io.contraflow.dashboard.DashboardSettings;
import java.util.Map;

/** Starts the web dashboard over a cluster's topics. */
final class Dashboards {
  private Dashboards() {}

  static DashboardServer start(Cluster cluster, String host, int port) {
    DashboardSettings settings = new DashboardSettings(Map.of(
        DashboardSettings.HOST, host,
        DashboardSettings.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
        DashboardSettings.SCHEMA_REGISTRY_URL, cluster.schemaRegistryUrl(),
        DashboardSettings.PORT, port));
    return DashboardServer.start(settings, DashboardDeserializers.fromRegistry(cluster.schemaRegistryUrl()));
  }
}
