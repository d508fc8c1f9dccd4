/**
 * Saving finished results to disk: streamed, resumable, never overwriting; file names, link
 * expiry and the auto-save step the tracker calls. Plain Java, no JavaFX.
 */
package io.alephmonitor.download;
