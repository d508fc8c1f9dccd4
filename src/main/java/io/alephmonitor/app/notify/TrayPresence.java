package io.alephmonitor.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Taskbar;
import java.awt.TrayIcon;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The app's icon in the system tray (menu bar on macOS) where the desktop has one: its tooltip counts
 * the active tasks, its menu shows the window, checks every task now or quits, and on Windows and macOS
 * it shows finish notices as the system's own ({@link TrayIcon#displayMessage}). Where the desktop has
 * no tray (GNOME without an extension, a headless run) there is none, and the app says so in Settings.
 * AWT calls run on AWT's event thread; the actions are handed back as they are: hop to the FX thread in them.
 */
public final class TrayPresence implements NoticeSink {

    private static final Logger LOG = LoggerFactory.getLogger(TrayPresence.class);

    /** What the tray menu does (called on AWT's event thread). */
    public interface Actions {
        void show();

        void checkAllNow();

        void quit();
    }

    private final TrayIcon icon;
    private volatile Consumer<FinishNotice> lastOpen;
    private volatile FinishNotice lastNotice;

    private TrayPresence(TrayIcon icon) {
        this.icon = icon;
    }

    /** Whether this desktop has a tray the app can put its icon in (never when headless). */
    public static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Puts the icon in the tray; empty where there is no tray or it refused the icon. Call off the FX thread. */
    public static Optional<TrayPresence> install(Image image, Actions actions) {
        if (!supported()) {
            return Optional.empty();
        }
        CompletableFuture<Optional<TrayPresence>> done = new CompletableFuture<>();
        EventQueue.invokeLater(() -> {
            try {
                PopupMenu menu = new PopupMenu();
                menu.add(item("Show Aleph Monitor", actions::show));
                menu.add(item("Check all now", actions::checkAllNow));
                menu.addSeparator();
                menu.add(item("Quit", actions::quit));
                TrayIcon icon = new TrayIcon(image, "Aleph Monitor", menu);
                icon.setImageAutoSize(true);
                icon.addActionListener(e -> actions.show()); // a double click (a click on some desktops)
                TrayPresence tray = new TrayPresence(icon);
                icon.addActionListener(e -> tray.openLast());
                SystemTray.getSystemTray().add(icon);
                done.complete(Optional.of(tray));
            } catch (Exception e) {
                LOG.info("The tray refused the app's icon ({}); closing the window quits", e.toString());
                done.complete(Optional.empty());
            }
        });
        return done.join();
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> action.run());
        return item;
    }

    /** "Aleph Monitor — 3 active tasks"; the taskbar/dock badge too where the platform has one. */
    public void setActiveCount(int active) {
        String tip = active == 0 ? "Aleph Monitor — nothing running"
                : "Aleph Monitor — " + active + (active == 1 ? " active task" : " active tasks");
        EventQueue.invokeLater(() -> {
            icon.setToolTip(tip);
            badge(active);
        });
    }

    private static void badge(int active) {
        try {
            if (Taskbar.isTaskbarSupported() && Taskbar.getTaskbar().isSupported(Taskbar.Feature.ICON_BADGE_NUMBER)) {
                Taskbar.getTaskbar().setIconBadge(active == 0 ? null : Integer.toString(active));
            }
        } catch (RuntimeException e) {
            LOG.debug("No taskbar badge", e);
        }
    }

    /** The system's own notification beside the tray icon (Windows, macOS); clicking it opens the notice. */
    @Override
    public void show(FinishNotice notice, Consumer<FinishNotice> onOpen) {
        lastNotice = notice;
        lastOpen = onOpen;
        EventQueue.invokeLater(() -> icon.displayMessage(notice.title(), notice.body(),
                notice.anyFailed() ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO));
    }

    private void openLast() {
        FinishNotice notice = lastNotice;
        Consumer<FinishNotice> open = lastOpen;
        if (notice != null && open != null) {
            lastNotice = null;
            open.accept(notice);
        }
    }

    @Override
    public String describe() {
        return "the system's notifications beside the tray icon";
    }

    /** Removes the icon, waiting a moment for AWT: with no icon left AWT's threads end and the app can exit. */
    @Override
    public void close() {
        CompletableFuture<Void> removed = new CompletableFuture<>();
        EventQueue.invokeLater(() -> {
            SystemTray.getSystemTray().remove(icon);
            removed.complete(null);
        });
        try {
            removed.get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("The tray icon was not removed in time", e);
        }
    }
}
