package io.alephmonitor.settings;

import org.junit.jupiter.api.Test;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy's password goes to the proxy the user named, never to a web server or another proxy. */
class ProxyLoginTest {

    private final ProxySetting corp = ProxySetting.http("corp.proxy", 8080, "ana");
    private final ProxyPasswordStore passwords = new ProxyPasswordStore(new FakeKeyring().holding("s3cret"));
    private final ProxyLogin login = new ProxyLogin(() -> corp, passwords::load);

    private PasswordAuthentication asked(String host, int port, Authenticator.RequestorType who) throws Exception {
        return Authenticator.requestPasswordAuthentication(login, host, null, port, "http", "realm", "basic",
                new URI("https://api.kie.ai/").toURL(), who);
    }

    @Test
    void theUsersProxyAskingGetsTheUserNameAndTheKeyringsPassword() throws Exception {
        PasswordAuthentication given = asked("corp.proxy", 8080, Authenticator.RequestorType.PROXY);

        assertThat(given.getUserName()).isEqualTo("ana");
        assertThat(given.getPassword()).containsExactly("s3cret".toCharArray());
    }

    @Test
    void aWebServerOrAnotherProxyAskingGetsNothing() throws Exception {
        assertThat(asked("corp.proxy", 8080, Authenticator.RequestorType.SERVER)).isNull();
        assertThat(asked("api.kie.ai", 443, Authenticator.RequestorType.SERVER)).isNull();
        assertThat(asked("other.proxy", 8080, Authenticator.RequestorType.PROXY)).isNull();
        assertThat(asked("corp.proxy", 3128, Authenticator.RequestorType.PROXY)).isNull();
    }

    @Test
    void withoutAKeyringThePasswordIsKeptForThisRunOnlyAndSettingsSaySo() {
        ProxyPasswordStore memory = new ProxyPasswordStore(null);

        memory.save("s3cret");

        assertThat(memory.load()).contains("s3cret");
        assertThat(memory.describe()).contains("for this run only");
        memory.save("");
        assertThat(memory.load()).isEqualTo(Optional.empty());
    }

    @Test
    void theKeyringKeepsThePasswordAndSettingsNameIt() {
        FakeKeyring keyring = new FakeKeyring();
        ProxyPasswordStore store = new ProxyPasswordStore(keyring);

        store.save("s3cret");

        assertThat(keyring.read()).contains("s3cret");
        assertThat(store.describe()).isEqualTo("The proxy password is kept in the fake keyring, never in the settings file.");
    }
}
