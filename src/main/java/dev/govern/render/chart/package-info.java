/**
 * Charts: analysis results drawn with JFreeChart and written as plain, deterministic SVG (JFreeSVG)
 * that both the site and the PDF (Batik) inline, each with a text equivalent for readers who cannot
 * see it.
 */
package dev.govern.render.chart;
