package io.alephmonitor.ui.preview;

import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Creates and disposes media players and counts the ones not yet disposed. Players hold native
 * decoders and buffers, so a preview must never leave one behind; this count makes that testable.
 * The registry also carries the {@link PlayerTiming} its previews follow.
 * Weak keys: the registry itself never keeps a forgotten player alive. Only one of its players plays
 * at a time: one that starts playing pauses the others (a track started while a video plays), except
 * the players {@linkplain #playTogether joined} to play together (the two sides of a comparison).
 */
public final class PlayerRegistry {

    private final Set<MediaPlayer> live = Collections.newSetFromMap(new WeakHashMap<>());
    /** Players that play together, each mapped to its group's token; a group does not pause its own. */
    private final java.util.Map<MediaPlayer, Object> together = new WeakHashMap<>();
    private final PlayerTiming timing;
    private long created;
    private long pausesAsked;

    /** A registry whose previews use the {@link PlayerTiming#standard() standard} timing. */
    public PlayerRegistry() {
        this(PlayerTiming.standard());
    }

    /** A registry whose previews wait, retry and give up as {@code timing} says. */
    public PlayerRegistry(PlayerTiming timing) {
        this.timing = java.util.Objects.requireNonNull(timing);
    }

    /** When the previews sharing this registry build, replace and give up on their players. */
    public PlayerTiming timing() {
        return timing;
    }

    /** A new player for {@code media}, counted until {@link #dispose} is called. */
    public synchronized MediaPlayer create(Media media) {
        MediaPlayer player = new MediaPlayer(media);
        live.add(player);
        created++;
        player.statusProperty().addListener((obs, was, now) -> {
            if (now == MediaPlayer.Status.PLAYING) {
                pauseAllBut(player);
            }
        });
        return player;
    }

    /**
     * Lets these players play at the same time (a comparison's two sides): one of them starting does not pause
     * the others of the group, while any other player starting still pauses them, and they pause any other.
     */
    public synchronized void playTogether(MediaPlayer... players) {
        Object group = new Object();
        for (MediaPlayer p : players) {
            together.put(p, group);
        }
    }

    /** Stops and releases the player; null is ignored. */
    public void dispose(MediaPlayer player) {
        if (player == null) {
            return;
        }
        synchronized (this) {
            live.remove(player);
            together.remove(player);
        }
        player.dispose();
    }

    /** Pauses every live player but {@code playing} (status changes arrive on the FX thread). */
    private void pauseAllBut(MediaPlayer playing) {
        java.util.List<MediaPlayer> others;
        synchronized (this) {
            Object group = together.get(playing);
            others = live.stream().filter(p -> p != playing && (group == null || together.get(p) != group)).toList();
        }
        for (MediaPlayer other : others) {
            if (other.getStatus() == MediaPlayer.Status.PLAYING || other.getStatus() == MediaPlayer.Status.STALLED) {
                synchronized (this) {
                    pausesAsked++;
                }
                other.pause();
            }
        }
    }

    /** How many times a player that started playing had another one paused (for tests: media timing is not theirs to control). */
    synchronized long pausesAsked() {
        return pausesAsked;
    }

    /** How many players were ever created through this registry. */
    public synchronized long createdPlayers() {
        return created;
    }

    /** How many players were created and not yet disposed. */
    public synchronized int livePlayers() {
        return live.size();
    }
}
