/**
 * Export and import of the task list as CSV or JSON files: the file formats, hostile-cell
 * escaping for spreadsheets, and the per-line report of an import. Plain Java, no JavaFX;
 * every method does file I/O, so call it off the FX thread.
 */
package io.alephmonitor.exchange;
