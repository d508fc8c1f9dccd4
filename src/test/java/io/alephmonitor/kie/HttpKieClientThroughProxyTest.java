package io.alephmonitor.kie;

import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.StandInProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kie.ai client behind a proxy, over real HTTP against a local stand-in proxy ({@link StandInProxy}):
 * https goes through it as a CONNECT tunnel that carries no key in clear, a plain-http (loopback) base
 * never goes through it, and a proxy that wants a login or refuses is named in the user's message.
 */
class HttpKieClientThroughProxyTest {

    private static final String KEY = "sk-secret-key-0123456789";
    private static final KieClientConfig KIE = KieClientConfig.defaults()
            .withBaseUri(URI.create("https://api.kie.ai"))
            .withConnectTimeout(Duration.ofSeconds(5)).withRequestTimeout(Duration.ofSeconds(5));

    private StandInProxy proxy;
    private KieSimulator sim;

    @AfterEach
    void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void httpsToKieAiGoesThroughTheProxyAsAConnectTunnelWhoseHeadersCarryNoKey() throws IOException {
        try (ServerSocket farEnd = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            // The far end of the tunnel reads the client's first bytes and hangs up: the TLS handshake fails.
            Thread.ofVirtual().start(() -> { // every try: the client tries a failed connection once more
                while (!farEnd.isClosed()) {
                    try (java.net.Socket one = farEnd.accept()) {
                        one.getInputStream().read(new byte[512]);
                    } catch (IOException closedByTheTest) {
                        return;
                    }
                }
            });
            proxy = StandInProxy.open().tunnellingTo(farEnd.getLocalPort());

            ApiResult<Double> answer = client(KIE, always(proxy.asProxy()), null).credits();

            assertThat(answer).isInstanceOf(ApiResult.Err.class);
        }
        assertThat(proxy.seen()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.requestLine()).isEqualTo("CONNECT api.kie.ai:443 HTTP/1.1");
            assertThat(request.headers()).noneMatch(h -> h.toLowerCase().startsWith("authorization"));
        });
        String everything = proxy.everythingReceived();
        assertThat(everything).doesNotContain(KEY).doesNotContain("Bearer").doesNotContain("/api/v1/");
        String tunnelled = everything.substring(everything.indexOf("\r\n\r\n") + 4);
        assertThat(tunnelled.charAt(0)).as("the first byte through the tunnel opens a TLS handshake").isEqualTo((char) 0x16);
    }

    @Test
    void aPlainHttpLoopbackBaseNeverGoesThroughAProxy() throws IOException {
        sim = KieSimulator.start(SimConfig.defaults());
        proxy = StandInProxy.open();
        KieClientConfig local = KIE.withBaseUri(sim.baseUri());

        ApiResult<Double> answer = new HttpKieClient(local, () -> ApiKey.of(sim.apiKey()), Clock.systemUTC(),
                always(proxy.asProxy()), null).credits();

        assertThat(answer).isInstanceOf(ApiResult.Ok.class);
        assertThat(proxy.seen()).isEmpty();
        assertThat(proxy.everythingReceived()).isEmpty();
    }

    @Test
    void aWrongKeyIsStillReportedAsSuchWhenAProxyLoginIsInstalled() throws IOException {
        sim = KieSimulator.start(SimConfig.defaults());
        Authenticator proxyOnly = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication("a", new char[] {'b'}) : null;
            }
        };

        ApiResult<Double> answer = new HttpKieClient(KIE.withBaseUri(sim.baseUri()), () -> ApiKey.of("sk-wrong-key-000000"),
                Clock.systemUTC(), null, proxyOnly).credits();

        assertThat(answer).isInstanceOf(ApiResult.Err.class);
        assertThat(((ApiResult.Err<?>) answer).error().kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
    }

    @Test
    void aProxyThatAsksForALoginTellsTheUserWhereToEnterIt() throws IOException {
        proxy = StandInProxy.requiringLogin("ana", "proxy-pass");

        ApiResult<Double> answer = client(KIE, always(proxy.asProxy()), null).credits();

        assertThat(message(answer)).contains("proxy 127.0.0.1:" + proxy.port())
                .contains("asks for a user name and password (407)").contains("Settings → Advanced → Proxy");
        assertThat(proxy.everythingReceived()).doesNotContain(KEY);
    }

    @Test
    void theProxyLoginIsSentOnlyToTheProxyAndTheKeyStaysOutOfTheConnect() throws IOException {
        proxy = StandInProxy.requiringLogin("ana", "proxy-pass");
        Authenticator login = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.PROXY
                        ? new PasswordAuthentication("ana", "proxy-pass".toCharArray()) : null;
            }
        };

        client(KIE, always(proxy.asProxy()), login).credits();

        // The JDK sends Basic to a CONNECT only when jdk.http.auth.tunneling.disabledSchemes allows it (the
        // launcher allows it); either way, no request the proxy saw carries the API key.
        assertThat(proxy.seen()).allSatisfy(request -> assertThat(request.isConnect()).isTrue());
        assertThat(proxy.everythingReceived()).doesNotContain(KEY).doesNotContain("Bearer");
    }

    @Test
    void aProxyThatRefusesConnectionsIsNamedInTheMessage() throws IOException {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            closedPort = gone.getLocalPort();
        }
        Proxy nobodyThere = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", closedPort));

        ApiResult<Double> answer = client(KIE, always(nobodyThere), null).credits();

        assertThat(message(answer)).contains("proxy 127.0.0.1:" + closedPort).contains("Settings → Advanced");
    }

    private static HttpKieClient client(KieClientConfig config, ProxySelector route, Authenticator login) {
        return new HttpKieClient(config, () -> ApiKey.of(KEY), Clock.systemUTC(), route, login);
    }

    private static String message(ApiResult<?> answer) {
        assertThat(answer).isInstanceOf(ApiResult.Err.class);
        return ((ApiResult.Err<?>) answer).error().userMessage();
    }

    private static ProxySelector always(Proxy proxy) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(proxy);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };
    }
}
