/** The engine: tracked tasks, poll scheduling, backoff, downloads. No controls, no CSS. */
package io.alephmonitor.tracking;
