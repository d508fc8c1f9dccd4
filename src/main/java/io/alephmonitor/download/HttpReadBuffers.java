package io.alephmonitor.download;

/**
 * How much the JDK HTTP client reads from a connection at a time. By default it reads 16 KiB
 * into a fresh heap buffer and hands each one on through its pipeline (and between its threads):
 * a 512 MiB save made 32,768 such trips, and most of the saving CPU went to them rather than to
 * the bytes. 256 KiB reads make 2,048 trips for the same file; the bytes allocated stay the same
 * (every read gets a new buffer either way, and a partly filled one is reused for the next read),
 * and a buffer stays well under half a G1 heap region, so it is never a humongous allocation.
 * <p>
 * The JDK reads the size once per JVM, when its first HTTP client is built, and it applies to
 * every client (the kie.ai client's small answers share one such buffer per connection). So the
 * launcher calls {@link #enlarge()} before anything else; a size given on the command line
 * ({@code -Djdk.httpclient.bufsize=…}) is kept.
 */
public final class HttpReadBuffers {

    /** The JDK's system property for the read size, in bytes. */
    public static final String PROPERTY = "jdk.httpclient.bufsize";

    /** The read size the app asks for: the same as the part file's write block. */
    public static final int SIZE = Transfer.BUFFER_SIZE;

    private HttpReadBuffers() {
    }

    /** Asks for {@link #SIZE}-byte reads, unless a size was given already; call before the first HTTP client exists. */
    public static void enlarge() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Integer.toString(SIZE));
        }
    }
}
