/**
 * {@code govern serve}: the site built in memory and served on 127.0.0.1 while the data is edited.
 * A change re-parses only the files that changed, pages render when a browser asks for them, and
 * open pages reload only when their own HTML changed. Nothing here writes to disk: the on-disk
 * site is {@code publish}'s alone, and the live-reload script exists only in what this package
 * serves, never in a built site.
 */
package dev.govern.serve;
