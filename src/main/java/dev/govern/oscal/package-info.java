/**
 * OSCAL in and out: {@code govern export oscal} writes the governance as NIST OSCAL 1.1 documents
 * (catalog, a profile per maturity level, component definition, assessment results, plan of action
 * and milestones) built with the OSCAL Java binding, and {@code govern import oscal-catalog} turns
 * an OSCAL catalog into a framework catalogue file. Reads the model and the analysis only; every
 * UUID is name-based, so the same data exports the same bytes.
 */
package dev.govern.oscal;
