/**
 * Saving finished results to disk: streamed, resumable, never overwriting; file names and
 * the auto-save step the tracker calls. Plain Java, no JavaFX.
 */
package io.alephmonitor.download;
