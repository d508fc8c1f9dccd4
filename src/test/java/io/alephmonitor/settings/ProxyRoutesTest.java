package io.alephmonitor.settings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which way each connection goes for each proxy choice: the one rule every client of the app follows. */
class ProxyRoutesTest {

    private static final URI KIE = URI.create("https://api.kie.ai/api/v1/chat/credit");
    private static final URI FILE = URI.create("http://tempfile.aiquickdraw.com/v/x.mp4");
    private static final Proxy DESKTOP = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("desk.proxy", 3128));

    private static ProxyRoutes routes(ProxySetting setting, Map<String, String> env) {
        return new ProxyRoutes(setting, fixed(DESKTOP), env);
    }

    @Test
    void byDefaultTheSystemsProxyIsHonoured() {
        assertThat(routes(ProxySetting.SYSTEM, Map.of()).select(KIE)).containsExactly(DESKTOP);
    }

    @Test
    void httpsProxyAndHttpProxyFromTheEnvironmentComeBeforeTheDesktopsSettings() {
        ProxyRoutes routes = routes(ProxySetting.SYSTEM,
                Map.of("HTTPS_PROXY", "http://secure.proxy:8443", "http_proxy", "plain.proxy:8080"));

        assertThat(routes.select(KIE)).containsExactly(httpProxy("secure.proxy", 8443));
        assertThat(routes.select(FILE)).containsExactly(httpProxy("plain.proxy", 8080));
    }

    @Test
    void noProxyListsHostsAndDomainsThatAreReachedDirectly() {
        ProxyRoutes routes = routes(ProxySetting.SYSTEM,
                Map.of("HTTPS_PROXY", "http://secure.proxy:8443", "NO_PROXY", "example.org, .kie.ai"));

        assertThat(routes.select(KIE)).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://cdn.example.org/a.png"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://other.net/a.png"))).containsExactly(httpProxy("secure.proxy", 8443));
    }

    @Test
    void noneConnectsDirectlyWhateverTheSystemSays() {
        ProxyRoutes routes = routes(new ProxySetting(ProxySetting.Mode.NONE, null, 0, null),
                Map.of("HTTPS_PROXY", "http://secure.proxy:8443"));

        assertThat(routes.select(KIE)).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.proxies(KIE)).isFalse();
    }

    @Test
    void theUsersHttpProxyTakesEveryConnectionAndAChangeAppliesToTheNextOne() {
        ProxyRoutes routes = routes(ProxySetting.SYSTEM, Map.of());

        routes.use(ProxySetting.http("corp.proxy", 8080, "ana"));

        assertThat(routes.select(KIE)).containsExactly(httpProxy("corp.proxy", 8080));
        assertThat(routes.select(FILE)).containsExactly(httpProxy("corp.proxy", 8080));
    }

    @Test
    void loopbackIsNeverSentThroughAProxySoAPlainHttpKeyNeverReachesOne() {
        ProxyRoutes routes = routes(ProxySetting.http("corp.proxy", 8080, null), Map.of("HTTP_PROXY", "p:1"));

        for (String local : List.of("http://127.0.0.1:8080/api", "http://localhost/api", "http://[::1]:9/api")) {
            assertThat(routes.select(URI.create(local))).as(local).containsExactly(Proxy.NO_PROXY);
        }
    }

    @Test
    void anHttpProxyWithoutHostOrPortSaysWhatIsMissingAndIsNotUsed() {
        ProxySetting noPort = ProxySetting.http("corp.proxy", 0, null);

        assertThat(noPort.problem()).isEqualTo("Enter the proxy's port (1–65535).");
        assertThat(ProxySetting.http(null, 80, null).problem()).isEqualTo("Enter the proxy's host name.");
        assertThat(ProxySetting.http("http://corp.proxy", 80, null).problem()).contains("without http://");
        assertThat(routes(noPort, Map.of()).select(KIE)).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void aHandEditedSocksChoiceFallsBackToTheSystemsProxy() {
        assertThat(ProxySetting.Mode.named("socks")).isEqualTo(ProxySetting.Mode.SYSTEM);
        assertThat(ProxySetting.Mode.named(" http ")).isEqualTo(ProxySetting.Mode.HTTP);
    }

    static Proxy httpProxy(String host, int port) {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    static ProxySelector fixed(Proxy proxy) {
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
