/** Previews of remote results: the video player, the bounded image cache and the rule for which links may be opened. */
package io.alephmonitor.ui.preview;
