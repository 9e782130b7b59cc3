package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 10: the command line speaks of its own flags. */
class DashboardCommandTest {

  @Test
  void aPortInUseIsReportedWithTheFlagThatChangesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      int code = Contraflow.commandLine().setErr(new PrintWriter(err, true))
          .execute("dashboard", "--port", Integer.toString(taken.getLocalPort()),
              "--bootstrap-servers", "127.0.0.1:1", "--schema-registry-url", "mock://port-taken");

      assertThat(code).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains("port " + taken.getLocalPort() + " is in use").contains("--port")
          .doesNotContain("dashboard.port");
    }
  }
}
