/**
 * What lets an auditor check a report: the SHA-256 digest of the data as loaded, the deterministic
 * archive of that data and the machine-readable facts the PDF carries as attachments, and
 * {@code govern verify}, which reads them back and rebuilds the report from the recorded commit.
 * Reads data and PDFs; writes nothing but what it returns.
 */
package dev.govern.provenance;
