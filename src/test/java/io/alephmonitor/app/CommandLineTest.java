package io.alephmonitor.app;

import io.alephmonitor.app.CommandLine.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private static final String ID_1 = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final String ID_2 = "0c8a1f1e-7d2b-4a6e-9a53-2f1d6b8c9e01";

    private static CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse(List.of(args), Map.of());
    }

    @Test
    void noArgumentsOverrideNothing() throws UsageException {
        CommandLine cl = parse();

        assertThat(cl.taskIds()).isEmpty();
        assertThat(cl.dataDir()).isEmpty();
        assertThat(cl.apiBase()).isEmpty();
        assertThat(cl.pollInterval()).isEmpty();
        assertThat(cl.autoSaveDir()).isEmpty();
        assertThat(cl.apiKey()).isEmpty();
        assertThat(cl.demo()).isFalse();
        assertThat(cl.help()).isFalse();
        assertThat(cl.version()).isFalse();
    }

    @Test
    void everyOptionIsReadInEitherSpelling() throws UsageException {
        CommandLine cl = parse(ID_1, "--data-dir", "/tmp/aleph", "--api-base=http://127.0.0.1:8080",
                "--poll-interval", "2", "--auto-save=/tmp/videos", ID_2);

        assertThat(cl.taskIds()).containsExactly(ID_1, ID_2);
        assertThat(cl.dataDir()).contains(Path.of("/tmp/aleph"));
        assertThat(cl.apiBase()).contains(URI.create("http://127.0.0.1:8080"));
        assertThat(cl.pollInterval()).contains(Duration.ofSeconds(2));
        assertThat(cl.autoSaveDir()).contains(Path.of("/tmp/videos"));
    }

    @Test
    void theEnvironmentSuppliesKeyAndBaseButTheFlagWins() throws UsageException {
        Map<String, String> env = Map.of("KIE_API_KEY", " secret-key ", "KIE_API_BASE", "https://env.example");

        CommandLine fromEnv = CommandLine.parse(List.of(), env);
        CommandLine flagWins = CommandLine.parse(List.of("--api-base", "https://flag.example"), env);

        assertThat(fromEnv.apiKey()).contains("secret-key");
        assertThat(fromEnv.apiBase()).contains(URI.create("https://env.example"));
        assertThat(flagWins.apiBase()).contains(URI.create("https://flag.example"));
    }

    @Test
    void theApiKeyNeverAppearsInToString() throws UsageException {
        CommandLine cl = CommandLine.parse(List.of(), Map.of("KIE_API_KEY", "sk-very-secret"));

        assertThat(cl.toString()).doesNotContain("sk-very-secret").contains("apiKey=(set)");
    }

    @Test
    void theDemoIgnoresTheEnvironmentsApiBase() throws UsageException {
        CommandLine cl = CommandLine.parse(List.of("--demo"), Map.of("KIE_API_BASE", "https://env.example"));

        assertThat(cl.demo()).isTrue();
        assertThat(cl.apiBase()).isEmpty();
    }

    @Test
    void helpAndVersionAreRecognisedWhateverElseIsThere() throws UsageException {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("-h", "--poll-interval", "0").help()).isTrue();
        assertThat(parse("--version").version()).isTrue();
        assertThat(parse("-V").version()).isTrue();
    }

    @Test
    void everythingAfterADoubleDashIsATaskId() throws UsageException {
        assertThat(parse("--", "--demo", ID_1).taskIds()).containsExactly("--demo", ID_1);
    }

    @Test
    void theHelpDocumentsEveryOptionAndVariable() {
        assertThat(CommandLine.helpText()).contains("TASK_ID", "--data-dir", "--api-base", "--poll-interval",
                "--auto-save", "--demo", "--help", "--version", "KIE_API_KEY", "KIE_API_BASE",
                "never written back", "javafx:run");
    }

    @Test
    void theVersionLineNamesTheApp() {
        assertThat(CommandLine.versionText()).startsWith("Aleph Monitor ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--poll-interval 0          | --poll-interval must be a whole number of seconds from 1 to 86400 (got \"0\").",
            "--poll-interval 1.5        | --poll-interval must be a whole number of seconds from 1 to 86400 (got \"1.5\").",
            "--poll-interval soon       | --poll-interval must be a whole number of seconds from 1 to 86400 (got \"soon\").",
            "--poll-interval            | --poll-interval needs a value, e.g. --poll-interval 30.",
            "--data-dir                 | --data-dir needs a value, e.g. --data-dir ~/aleph-data.",
            "--data-dir --demo          | --data-dir needs a value, e.g. --data-dir ~/aleph-data.",
            "--api-base ftp://x.example | --api-base must be a web address such as https://api.kie.ai (got \"ftp://x.example\").",
            "--api-base kie.ai          | --api-base must be a web address such as https://api.kie.ai (got \"kie.ai\").",
            "--frobnicate               | Unknown option --frobnicate. Run with --help to see the options.",
            "-x                         | Unknown option -x. Run with --help to see the options.",
            "--demo=yes                 | --demo takes no value.",
            "--auto-save a --auto-save b | --auto-save was given twice; give it once.",
            "--demo --api-base https://api.kie.ai | --demo and --api-base cannot be combined: the demo runs its own kie.ai simulator.",
    })
    void aWrongCommandLineGetsOneLineNamingTheFlag(String args, String message) {
        assertThatThrownBy(() -> parse(args.strip().split("\\s+")))
                .isInstanceOf(UsageException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBadEnvironmentAddressNamesTheVariable() {
        assertThatThrownBy(() -> CommandLine.parse(List.of(), Map.of("KIE_API_BASE", "not an address")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("KIE_API_BASE must be a web address");
    }
}
