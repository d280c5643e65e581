/**
 * Analyses: pure functions of the model that compute every number the outputs show (maturity,
 * heatmaps, coverage, KPI status, evidence freshness), so the site and the PDF never disagree.
 */
package dev.govern.analysis;
