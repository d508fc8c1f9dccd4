/**
 * The opt-in update check: asks the project's release feed (GitHub's "latest release" JSON) at most
 * once a day, compares its version with the running one, and says what is new with a link to the
 * release page. It never downloads or installs anything.
 */
package io.alephmonitor.update;
