/**
 * Loading and binding: YAML and Markdown files to model records, with every problem collected
 * with its file, line and column. Nothing here knows about outputs.
 */
package dev.govern.load;
