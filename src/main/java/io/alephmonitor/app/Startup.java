package io.alephmonitor.app;

import io.alephmonitor.settings.AppFolders;
import io.alephmonitor.settings.AppInstanceLock;

/** What the launcher settled before the JavaFX application starts. */
record Startup(CommandLine commandLine, AppFolders folders, AppInstanceLock lock, HandOverInbox inbox) {
}
