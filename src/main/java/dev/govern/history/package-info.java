/**
 * The governance state over its Git history: snapshots at revisions, the version history, semantic
 * diffs, trends and the regression gate.
 */
package dev.govern.history;
