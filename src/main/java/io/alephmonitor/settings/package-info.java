/** Preferences, API-key storage, platform folders. */
package io.alephmonitor.settings;
