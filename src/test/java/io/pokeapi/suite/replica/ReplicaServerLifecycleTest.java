package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaServerLifecycleTest {

    @Test
    void baseUrlIsTheApiRootOnTheBoundPortWithoutATrailingSlash() throws IOException {
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0)) {
            assertThat(replica.port()).isPositive();
            assertThat(replica.baseUrl()).hasToString("http://127.0.0.1:" + replica.port() + "/api/v2");
        }
    }

    @Test
    void bindsTheRequestedPort() throws IOException {
        int port = freePort();
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", port)) {
            assertThat(replica.port()).isEqualTo(port);
            assertThat(new HttpProbe(replica.baseUrl()).get("/api/v2/pokemon/1").code()).isEqualTo(200);
        }
    }

    @Test
    void wildcardAddressIsAdvertisedOnLoopback() throws IOException {
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "0.0.0.0", 0)) {
            assertThat(replica.baseUrl()).hasToString("http://127.0.0.1:" + replica.port() + "/api/v2");
            assertThat(new HttpProbe(replica.baseUrl()).get("/api/v2/pokemon/1").text())
                    .contains("\"http://127.0.0.1:" + replica.port() + "/api/v2/type/12/\"");
        }
    }

    @Test
    void portInUseFailsWithAnIOExceptionNamingHostAndPort() throws IOException {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = occupied.getLocalPort();

            assertThatThrownBy(() -> ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", port))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void closeStopsServingAndReleasesTheWorkerThreads() throws IOException, InterruptedException {
        ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0);
        int port = replica.port();
        assertThat(new HttpProbe(replica.baseUrl()).get("/api/v2/pokemon/25").code()).isEqualTo(200);

        replica.close();

        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 1_000))
                .isInstanceOf(ConnectException.class);
        // A pool reports termination just before its last thread exits, so give each worker time to end.
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("pokeapi-replica-" + port + "-"))
                .toList();
        for (Thread worker : workers) {
            worker.join(5_000);
        }
        assertThat(workers).noneMatch(Thread::isAlive);
    }

    @Test
    void closeTwiceIsHarmless() throws IOException {
        ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0);

        replica.close();
        replica.close();
    }

    @Test
    void freesItsPortForTheNextServer() throws IOException {
        ReplicaServer first = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0);
        int port = first.port();
        first.close();

        try (ReplicaServer second = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", port)) {
            assertThat(second.port()).isEqualTo(port);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
