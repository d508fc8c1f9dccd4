package io.alephmonitor.ui.preview;

import javafx.scene.image.Image;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, least-recently-used cache of remote images, shared by the detail pane and the gallery.
 * Images load on JavaFX's own background loader; an image that fails to load is dropped so the next
 * request tries again. Bounded both by count and by pixels, so browsing many tasks does not grow memory.
 * Used from the FX thread (synchronised anyway, so a background caller cannot corrupt it).
 */
public final class ImageCache implements ImageSource {

    /** Default bounds: 64 images, about 24 million pixels (~96 MB decoded). */
    public static final int DEFAULT_MAX_IMAGES = 64;
    public static final long DEFAULT_MAX_PIXELS = 24_000_000L;

    /** Pixels assumed for an image requested at its natural size, before it has loaded. */
    private static final long NATURAL_SIZE_ESTIMATE = 1920L * 1080L;

    /** What a lookup gave: the image (maybe still loading), or why the link was refused. */
    public record Lookup(Image image, String refusal) {
    }

    private record Key(String url, double width, double height) {
    }

    private final int maxImages;
    private final long maxPixels;
    private final Map<Key, Image> images = new LinkedHashMap<>(16, 0.75f, true);
    private long pixels;

    public ImageCache() {
        this(DEFAULT_MAX_IMAGES, DEFAULT_MAX_PIXELS);
    }

    public ImageCache(int maxImages, long maxPixels) {
        if (maxImages < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("The cache needs room for at least one image");
        }
        this.maxImages = maxImages;
        this.maxPixels = maxPixels;
    }

    @Override
    public Image get(String url, double width, double height) {
        return lookup(url, width, height).image();
    }

    /** Like {@link #get} but says why a link was refused. */
    public synchronized Lookup lookup(String url, double width, double height) {
        RemoteUrlCheck check = RemoteUrlCheck.of(url);
        if (!check.allowed()) {
            return new Lookup(null, check.refusal());
        }
        Key key = new Key(check.uri().toString(), Math.max(0, width), Math.max(0, height));
        Image cached = images.get(key);
        if (cached != null && !cached.isError()) {
            return new Lookup(cached, null);
        }
        if (cached != null) {
            remove(key);
        }
        Image image = new Image(key.url(), key.width(), key.height(), true, true, true);
        image.errorProperty().addListener((obs, was, failed) -> {
            if (failed) {
                dropIfStillCached(key, image);
            }
        });
        if (image.isError()) {
            // Failed before the listener was in place (a caller off the FX thread can lose that race):
            // it is not kept, so the next request tries again.
            return new Lookup(image, null);
        }
        images.put(key, image);
        pixels += estimatedPixels(key);
        evictBeyondBounds();
        return new Lookup(image, null);
    }

    /** How many images are held now. */
    public synchronized int size() {
        return images.size();
    }

    /** Whether an image for exactly this link and size is held (does not count as a use). */
    public synchronized boolean contains(String url, double width, double height) {
        RemoteUrlCheck check = RemoteUrlCheck.of(url);
        return check.allowed() && images.containsKey(new Key(check.uri().toString(), width, height));
    }

    /** Drops every image, e.g. when memory is low. */
    public synchronized void clear() {
        images.clear();
        pixels = 0;
    }

    private synchronized void dropIfStillCached(Key key, Image image) {
        if (images.get(key) == image) {
            remove(key);
        }
    }

    private void remove(Key key) {
        if (images.remove(key) != null) {
            pixels -= estimatedPixels(key);
        }
    }

    private void evictBeyondBounds() {
        Iterator<Map.Entry<Key, Image>> eldestFirst = images.entrySet().iterator();
        // Keep at least the newest image even when it alone exceeds the pixel budget.
        while ((images.size() > maxImages || pixels > maxPixels) && images.size() > 1 && eldestFirst.hasNext()) {
            Key key = eldestFirst.next().getKey();
            eldestFirst.remove();
            pixels -= estimatedPixels(key);
        }
    }

    private static long estimatedPixels(Key key) {
        double w = key.width();
        double h = key.height();
        if (w <= 0 && h <= 0) {
            return NATURAL_SIZE_ESTIMATE;
        }
        // One side given: the other follows the aspect ratio, assume the common 16:9.
        if (h <= 0) {
            h = w * 9 / 16;
        } else if (w <= 0) {
            w = h * 16 / 9;
        }
        return (long) Math.ceil(w) * (long) Math.ceil(h);
    }
}
