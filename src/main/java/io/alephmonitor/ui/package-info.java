/** JavaFX views and view models. Never does I/O itself. */
package io.alephmonitor.ui;
