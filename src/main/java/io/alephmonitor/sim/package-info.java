/** An embedded kie.ai-compatible server on loopback, for demo mode, tests and benchmarks. */
package io.alephmonitor.sim;
