/**
 * Rendering: the checked model and its analysis to HTML pages through FreeMarker templates, with
 * Markdown through flexmark and charts as SVG. Everything here is hardened against untrusted data
 * and templates (SECURITY-NOTES).
 */
package dev.govern.render;
