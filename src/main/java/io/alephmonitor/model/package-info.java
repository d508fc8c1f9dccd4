/**
 * The domain: a tracked task, its status, its typed results, a kind's identity, result expiry and
 * the saved-file state. Plain records and enums over {@code java.*}: nothing of the app's other
 * packages, no JavaFX, no HTTP, no SQL. {@code kie/} maps wire JSON to it, {@code store/} persists
 * it, {@code tracking/} drives it and {@code ui/} shows it.
 */
package io.alephmonitor.model;
