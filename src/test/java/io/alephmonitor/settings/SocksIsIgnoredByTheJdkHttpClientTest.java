package io.alephmonitor.settings;

import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why Settings offers no SOCKS proxy ({@link ProxySetting#SOCKS_UNSUPPORTED}): given a SOCKS proxy,
 * java.net.http.HttpClient (the kie.ai client) does not use it and connects directly instead — which
 * would silently bypass the proxy the user chose. This test keeps that claim honest on each JDK.
 */
class SocksIsIgnoredByTheJdkHttpClientTest {

    @Test
    void aSocksProxyFromTheSelectorIsNotUsedAndTheRequestGoesDirect() throws Exception {
        try (KieSimulator sim = KieSimulator.start(SimConfig.defaults());
             ServerSocket socks = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             HttpClient client = HttpClient.newBuilder()
                     .proxy(ProxyRoutesTest.fixed(new Proxy(Proxy.Type.SOCKS,
                             new InetSocketAddress("127.0.0.1", socks.getLocalPort()))))
                     .build()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(sim.baseUri().resolve("/api/v1/chat/credit"))
                    .header("Authorization", "Bearer " + sim.apiKey()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("answered directly by the simulator").isEqualTo(200);
            socks.setSoTimeout(1);
            boolean contacted;
            try (Socket ignored = socks.accept()) {
                contacted = true;
            } catch (SocketTimeoutException nobody) {
                contacted = false;
            }
            assertThat(contacted).as("the SOCKS proxy was contacted").isFalse();
        }
    }
}
