/** Cross-file rules over the bound model: unique ids, resolvable references, consistent levels. */
package dev.govern.check;
