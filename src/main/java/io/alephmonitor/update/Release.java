package io.alephmonitor.update;

import java.net.URI;

/**
 * One release as the feed describes it.
 *
 * @param version its version
 * @param title   its name (the tag when it has none)
 * @param notes   what is new (the release's text, possibly empty), cut to a few hundred characters
 * @param page    the release page to open in the browser (https, or loopback for tests)
 */
public record Release(AppVersion version, String title, String notes, URI page) {

    /** The one line the app shows: "Aleph Monitor 1.4 is available". */
    public String headline() {
        return "Aleph Monitor " + version + " is available";
    }
}
