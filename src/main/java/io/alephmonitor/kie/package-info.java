/** The kie.ai wire protocol: client, JSON mapping, status rules, one adapter per task kind. No JavaFX. */
package io.alephmonitor.kie;
