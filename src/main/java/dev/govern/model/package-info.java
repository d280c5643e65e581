/**
 * The governance model: immutable records with no knowledge of YAML, templates or files.
 *
 * <p>Records check their own invariants; the binder in {@code dev.govern.load} builds them only from
 * input it has already validated, and reports anything wrong as a problem instead.
 */
package dev.govern.model;
