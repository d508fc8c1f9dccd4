/**
 * The main window: toolbar, filters, the task list's view model, the table or gallery beside the
 * detail pane, and the actions on the selected tasks. The features it holds live in their own folders.
 */
package io.alephmonitor.ui.main;
