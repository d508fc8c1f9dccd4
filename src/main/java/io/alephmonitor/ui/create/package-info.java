/** The New task dialog (Aleph and Market forms) and its view model. */
package io.alephmonitor.ui.create;
