package io.contraflow.cli;

import io.contraflow.dashboard.DashboardDeserializers;
import io.contraflow.dashboard.DashboardServer;
import io.contraflow.dashboard.DashboardSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts the web dashboard over a cluster's topics. */
final class Dashboards {
  private Dashboards() {}

  /**
   * @param portFlag the option that sets the port, named when the port cannot be listened on
   * @param allowedHosts host names to answer to besides this machine's local names
   */
  static DashboardServer start(Cluster cluster, String host, int port, String portFlag, List<String> allowedHosts) {
    List<String> allowed = new ArrayList<>(DashboardSettings.LOCAL_HOSTS);
    allowed.addAll(allowedHosts);
    Map<String, Object> settings = new HashMap<>(Map.of(
        DashboardSettings.HOST, host,
        DashboardSettings.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
        DashboardSettings.SCHEMA_REGISTRY_URL, cluster.schemaRegistryUrl(),
        DashboardSettings.PORT, port));
    settings.put(DashboardSettings.ALLOWED_HOSTS, allowed);
    try {
      return DashboardServer.start(new DashboardSettings(settings), DashboardDeserializers.fromRegistry(cluster.schemaRegistryUrl()));
    } catch (DashboardServer.PortUnavailableException e) {
      throw new UserError("Cannot serve the dashboard on " + host + ": port " + port + " is in use (or the address is not"
          + " this machine's); choose another with " + portFlag + " (0 = any free port)", e);
    }
  }
}
