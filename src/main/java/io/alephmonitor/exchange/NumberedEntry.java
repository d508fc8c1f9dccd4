package io.alephmonitor.exchange;

/** One entry of a task file with the line (CSV) or position (JSON) it came from; null when unreadable. */
record NumberedEntry(int number, TaskEntry entry) {
}
