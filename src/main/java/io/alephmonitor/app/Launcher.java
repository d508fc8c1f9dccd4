package io.alephmonitor.app;

import io.alephmonitor.settings.AppFolders;
import io.alephmonitor.settings.AppInstanceLock;

import java.io.IOException;

/**
 * Entry point: reads the command line, claims the data folder (or hands the task IDs to the
 * running instance), then starts the JavaFX application.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Network.prepareJdk();
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println("aleph-monitor: " + e.getMessage());
            System.err.println("Run with --help to see every option.");
            System.exit(2);
            return;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.helpText());
            return;
        }
        if (commandLine.version()) {
            System.out.println(CommandLine.versionText());
            return;
        }

        AppFolders folders = AppFolders.forThisComputer(commandLine.dataDir().orElse(null));
        // Before the first logger exists: logback.xml reads this property for its file.
        System.setProperty("alephmonitor.logDir", folders.logDir().toString());

        // files and folders named as arguments, made absolute: a running instance finds them from its own folder
        commandLine = commandLine.withArguments(LibraryImportFlow.absolutePaths(commandLine.taskIds()));
        HandOverInbox inbox = new HandOverInbox();
        AppInstanceLock lock;
        try {
            lock = AppInstanceLock.acquireOrHandOver(folders.dataDir(), commandLine.taskIds(), inbox::deliver);
        } catch (IOException | RuntimeException e) {
            System.err.println("aleph-monitor: cannot use the data folder " + folders.dataDir() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        if (!lock.isPrimary()) {
            System.out.println(lock.userMessage());
            System.exit(lock.outcome() == AppInstanceLock.Outcome.HANDED_OVER ? 0 : 1);
            return;
        }
        App.launch(new Startup(commandLine, folders, lock, inbox));
    }
}
