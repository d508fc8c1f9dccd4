package io.alephmonitor.ui.preview;

/**
 * When two players meant to show the same moment have drifted apart far enough to nudge the follower back
 * to the leader: more than about a frame apart, and not again within a second of playing after the last
 * nudge (a seek takes a moment to land; nudging on every tick would stutter).
 */
public final class DriftRule {

    /** A little over one frame at 24 fps, in seconds. */
    public static final double TOLERANCE = 0.045;
    /** Leader time that must pass between two nudges, in seconds. */
    public static final double COOLDOWN = 1.0;

    private DriftRule() {
    }

    /**
     * @param leader            the leader's position, seconds
     * @param follower          the follower's position, seconds
     * @param leaderAtLastNudge the leader's position at the last nudge (or seek); NaN when there was none
     * @return true when the follower should be moved to {@code leader}
     */
    public static boolean shouldNudge(double leader, double follower, double leaderAtLastNudge) {
        if (!Double.isFinite(leader) || !Double.isFinite(follower) || Math.abs(leader - follower) <= TOLERANCE) {
            return false;
        }
        return Double.isNaN(leaderAtLastNudge) || Math.abs(leader - leaderAtLastNudge) >= COOLDOWN;
    }
}
