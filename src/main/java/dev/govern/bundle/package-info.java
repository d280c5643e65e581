/** Files bundled in the jar: templates, assets, fonts and the default content. */
package dev.govern.bundle;
