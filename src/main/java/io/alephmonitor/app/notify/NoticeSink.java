package io.alephmonitor.app.notify;

import java.util.function.Consumer;

/** Where finish notices are shown: the OS notification centre, the tray, or the window itself. */
public interface NoticeSink extends AutoCloseable {

    /**
     * Shows the notice; {@code onOpen} is called (on any thread) when the user chooses its "Open" action.
     * Never throws: a notice that cannot be shown is logged and dropped.
     */
    void show(FinishNotice notice, Consumer<FinishNotice> onOpen);

    /** What it is, for the log ("D-Bus notifications", "the tray"). */
    String describe();

    @Override
    default void close() { }
}
