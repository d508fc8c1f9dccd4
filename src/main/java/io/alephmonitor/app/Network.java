package io.alephmonitor.app;

import io.alephmonitor.settings.AppFolders;
import io.alephmonitor.settings.ProxyLogin;
import io.alephmonitor.settings.ProxyPasswordStore;
import io.alephmonitor.settings.ProxyRoutes;
import io.alephmonitor.settings.ProxySetting;

import java.net.Authenticator;
import java.net.ProxySelector;

/**
 * The app's one proxy choice, installed as the JDK's default selector and authenticator so every
 * connection follows it: the kie.ai client (which reads the default when it is built), saves and link
 * probes ({@code HttpURLConnection}), JavaFX's image and media loading, and the update check.
 */
final class Network {

    private static volatile Network installed;

    private final ProxyRoutes routes;
    private final ProxyPasswordStore passwords;

    private Network(ProxyRoutes routes, ProxyPasswordStore passwords) {
        this.routes = routes;
        this.passwords = passwords;
    }

    /**
     * Before anything connects: the JDK reads the desktop's proxy settings, and may answer an HTTP proxy's
     * Basic login for an https tunnel (the JDK turns that off by default; the login goes only to the proxy the
     * user named, see {@link ProxyLogin}, while the API key stays inside TLS). A value given on the command line wins.
     */
    static void prepareJdk() {
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (System.getProperty("jdk.http.auth.tunneling.disabledSchemes") == null) {
            System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "");
        }
    }

    /** Installs the choice from the settings (once; later calls change the choice). Off the FX thread: it may open the keyring. */
    static synchronized Network install(AppFolders folders, ProxySetting choice) {
        if (installed != null) {
            installed.use(choice);
            return installed;
        }
        ProxyRoutes routes = ProxyRoutes.forThisComputer(choice);
        ProxyPasswordStore passwords = ProxyPasswordStore.forThisComputer(folders);
        ProxySelector.setDefault(routes);
        Authenticator.setDefault(new ProxyLogin(routes::setting, passwords::load));
        installed = new Network(routes, passwords);
        return installed;
    }

    /** The installed choice, or null before {@link #install}. */
    static Network current() {
        return installed;
    }

    void use(ProxySetting choice) {
        routes.use(choice);
    }

    ProxyRoutes routes() {
        return routes;
    }

    ProxyPasswordStore passwords() {
        return passwords;
    }
}
