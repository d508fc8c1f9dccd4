/** The first-run dialog: paste and check an API key, or try the demo. */
package io.alephmonitor.ui.welcome;
