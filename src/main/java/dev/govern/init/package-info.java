/** {@code govern init}: a new governance repo from the default content, reset to an honest start. */
package dev.govern.init;
