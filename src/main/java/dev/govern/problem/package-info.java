/** Diagnostics: problems with the governance data, as values with a position. */
package dev.govern.problem;
