/** Persistence of tracked tasks (SQLite). Knows only the domain records. */
package io.alephmonitor.store;
