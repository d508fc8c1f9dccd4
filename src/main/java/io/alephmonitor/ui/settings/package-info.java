/** The settings dialog and its view model. */
package io.alephmonitor.ui.settings;
