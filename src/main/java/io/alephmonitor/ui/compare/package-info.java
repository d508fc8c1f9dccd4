/**
 * Compare two results side by side: which pairs can be compared ({@link io.alephmonitor.ui.compare.CompareChoice}),
 * two videos (or tracks) under one transport that keeps them in step, two images with a wipe divider, in a
 * window that goes full screen on demand.
 */
package io.alephmonitor.ui.compare;
