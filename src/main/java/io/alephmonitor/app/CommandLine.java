package io.alephmonitor.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's command line and environment, parsed. Every value is an override for this run
 * only: it wins over the saved settings and is never written back to them.
 *
 * @param taskIds      the arguments: task IDs to add to the table, or saved files and folders whose tasks to bring back
 * @param dataDir      {@code --data-dir}: where the task database lives (portable mode, tests)
 * @param apiBase      {@code --api-base}, else {@code KIE_API_BASE}: the kie.ai address
 * @param pollInterval {@code --poll-interval}: seconds between polls of one task (≥ 1)
 * @param autoSaveDir  {@code --auto-save}: auto-save on, into this folder
 * @param demo         {@code --demo}: run against the built-in kie.ai simulator
 * @param help         {@code --help}: print {@link #helpText()} and exit
 * @param version      {@code --version}: print {@link #versionText()} and exit
 * @param apiKey       {@code KIE_API_KEY}; never printed
 */
public record CommandLine(List<String> taskIds, Optional<Path> dataDir, Optional<URI> apiBase,
                          Optional<Duration> pollInterval, Optional<Path> autoSaveDir, boolean demo,
                          boolean help, boolean version, Optional<String> apiKey) {

    /** Environment variable holding the kie.ai API key. */
    public static final String ENV_API_KEY = "KIE_API_KEY";
    /** Environment variable holding the kie.ai address. */
    public static final String ENV_API_BASE = "KIE_API_BASE";

    private static final long MAX_INTERVAL_SECONDS = Duration.ofDays(1).toSeconds();
    private static final Set<String> VALUE_OPTIONS = Set.of("--data-dir", "--api-base", "--poll-interval", "--auto-save");
    private static final Set<String> SWITCHES = Set.of("--demo", "--help", "-h", "--version", "-V");

    public CommandLine {
        taskIds = List.copyOf(taskIds);
    }

    /** This command line with other arguments (e.g. the paths among them made absolute). */
    public CommandLine withArguments(List<String> arguments) {
        return new CommandLine(arguments, dataDir, apiBase, pollInterval, autoSaveDir, demo, help, version, apiKey);
    }

    /** A wrong command line, as one line naming the flag or variable at fault (the launcher exits with 2). */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses the arguments and the environment (a map, so tests need not touch the real one). */
    public static CommandLine parse(List<String> args, Map<String, String> env) throws UsageException {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String dataDir = null;
        String apiBase = null;
        String interval = null;
        String autoSave = null;
        boolean demo = false;
        boolean help = false;
        boolean version = false;
        boolean onlyIds = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyIds || !arg.startsWith("-") || arg.equals("-")) {
                if (!arg.isBlank()) {
                    ids.add(arg.strip());
                }
                continue;
            }
            if (arg.equals("--")) {
                onlyIds = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            String inlineValue = eq > 0 ? arg.substring(eq + 1) : null;
            if (SWITCHES.contains(flag)) {
                if (inlineValue != null) {
                    throw new UsageException(flag + " takes no value.");
                }
                switch (flag) {
                    case "--demo" -> demo = true;
                    case "--help", "-h" -> help = true;
                    default -> version = true;
                }
                continue;
            }
            if (!VALUE_OPTIONS.contains(flag)) {
                throw new UsageException("Unknown option " + flag + ". Run with --help to see the options.");
            }
            if (!seen.add(flag)) {
                throw new UsageException(flag + " was given twice; give it once.");
            }
            String value = inlineValue;
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(flag + " needs a value, e.g. " + example(flag) + ".");
                }
                value = args.get(++i);
            }
            switch (flag) {
                case "--data-dir" -> dataDir = value;
                case "--api-base" -> apiBase = value;
                case "--poll-interval" -> interval = value;
                default -> autoSave = value;
            }
        }
        if (help || version) {
            return new CommandLine(ids, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    demo, help, version, Optional.empty());
        }
        if (demo && apiBase != null) {
            throw new UsageException("--demo and --api-base cannot be combined: the demo runs its own kie.ai simulator.");
        }
        String envBase = blankToNull(env.get(ENV_API_BASE));
        URI base = apiBase != null ? webAddress(apiBase, "--api-base")
                : envBase != null && !demo ? webAddress(envBase, ENV_API_BASE) : null;
        Path data = dataDir == null ? null : folder(dataDir, "--data-dir");
        Duration every = interval == null ? null : seconds(interval);
        Path library = autoSave == null ? null : folder(autoSave, "--auto-save");
        String key = blankToNull(env.get(ENV_API_KEY));
        return new CommandLine(ids, Optional.ofNullable(data), Optional.ofNullable(base),
                Optional.ofNullable(every), Optional.ofNullable(library), demo, false, false,
                Optional.ofNullable(key).map(String::strip));
    }

    private static String example(String flag) {
        return switch (flag) {
            case "--data-dir" -> "--data-dir ~/aleph-data";
            case "--api-base" -> "--api-base https://api.kie.ai";
            case "--poll-interval" -> "--poll-interval 30";
            default -> "--auto-save ~/Videos/Aleph";
        };
    }

    private static Path folder(String value, String flag) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(flag + " needs a folder, e.g. " + example(flag) + ".");
        }
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new UsageException(flag + ": \"" + value + "\" is not a valid folder path on this system.");
        }
    }

    private static URI webAddress(String value, String source) throws UsageException {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(source + " must be a web address such as https://api.kie.ai (got \"" + value + "\").");
    }

    private static Duration seconds(String value) throws UsageException {
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > MAX_INTERVAL_SECONDS) {
            throw new UsageException("--poll-interval must be a whole number of seconds from 1 to "
                    + MAX_INTERVAL_SECONDS + " (got \"" + value + "\").");
        }
        return Duration.ofSeconds(seconds);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Like {@link #parse(List, Map)} for {@code main}'s arguments and the real environment. */
    public static CommandLine parse(String[] args) throws UsageException {
        return parse(List.of(args), System.getenv());
    }

    /** The version line for {@code --version}. */
    public static String versionText() {
        String version = CommandLine.class.getPackage() == null ? null
                : CommandLine.class.getPackage().getImplementationVersion();
        return "Aleph Monitor " + (version == null ? "(development build)" : version);
    }

    /** The text for {@code --help}: every option and environment variable. */
    public static String helpText() {
        return """
                Usage: aleph-monitor [OPTIONS] [TASK_ID | PATH]...

                Tracks kie.ai video-generation tasks: polls them in the background, previews
                the results and saves the videos before their links expire.

                Arguments:
                  TASK_ID...              task IDs to add to the table (already tracked ones are kept)
                  PATH...                 saved files or folders (e.g. your library folder): their
                                          tasks come back with prompt, tags and saved files, from
                                          the .aleph.json beside each file or the prompt inside it

                Options:
                  --data-dir DIR          keep the task database in DIR instead of the usual data
                                          folder (portable mode, scripted runs, tests)
                  --api-base URL          talk to this kie.ai address (default https://api.kie.ai)
                  --poll-interval SECONDS check each running task every SECONDS (1 or more; the
                                          Settings window offers 10 s to 10 min; default 30)
                  --auto-save DIR         save every task that succeeds into DIR, without a click
                  --demo                  use the built-in kie.ai simulator with sample tasks: no
                                          account or internet needed (ignores KIE_API_BASE and
                                          KIE_API_KEY)
                  -h, --help              show this help and exit
                  -V, --version           show the version and exit
                  --                      everything after this is a task ID

                Environment:
                  KIE_API_KEY             the kie.ai API key to use for this run
                  KIE_API_BASE            the kie.ai address (--api-base wins over it)

                Values given here apply to this run only: they win over the saved settings and
                are never written back to them. Options also accept --option=value.

                Examples:
                  aleph-monitor ee603959-debb-48d1-98c4-a6d1c717eba6
                  KIE_API_KEY=... aleph-monitor --poll-interval 5 --auto-save ~/Videos/Aleph
                  ./mvnw javafx:run -Djavafx.args="--demo --data-dir /tmp/aleph-demo"

                Exit codes: 0 normal exit, 2 wrong command line.
                """;
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "CommandLine[taskIds=" + taskIds + ", dataDir=" + dataDir + ", apiBase=" + apiBase
                + ", pollInterval=" + pollInterval + ", autoSaveDir=" + autoSaveDir + ", demo=" + demo
                + ", help=" + help + ", version=" + version
                + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(not set)") + "]";
    }
}
