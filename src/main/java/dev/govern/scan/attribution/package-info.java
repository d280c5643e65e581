/**
 * AI attribution measured from a repository's Git history: which commits carry an assistant's
 * traces (trailers, identities, git-ai notes, Agent Trace records), counted per calendar month.
 *
 * <p>Every figure here is a count of a named signal, never a claim that code was written by AI:
 * signals can be added without AI use and switched off with it. The signatures are data
 * ({@code signatures.yaml}); this package only applies them. Repositories are read, never written.
 */
package dev.govern.scan.attribution;
