/**
 * PDF output: turns the print XHTML into an archival (PDF/A) and accessible (PDF/UA) file with
 * only the bundled and configured fonts, no network and no file outside the project, and the same
 * bytes for the same input.
 */
package dev.govern.publish.pdf;
