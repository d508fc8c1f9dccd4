/** The detail pane: everything about the selected task, its result preview and the save action. */
package io.alephmonitor.ui.detail;
