package dev.govern.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.govern.analysis.Analysis;
import dev.govern.model.Governance;
import dev.govern.oscal.OscalExport;
import dev.govern.provenance.DataSnapshot;
import dev.govern.provenance.Provenance;
import dev.govern.provenance.ReportFacts;
import dev.govern.publish.pdf.PdfAttachments;
import dev.govern.publish.pdf.PdfAttachments.Attachment;
import dev.govern.publish.pdf.PdfAttachments.Relationship;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The files the PDF carries for an auditor: the governance data it was built from and the figures
 * it states, so they can be checked and reused without retyping tables.
 */
final class ReportAttachments {
  static final String DATA = "governance-data.zip";
  static final String FACTS = "governance-report.json";
  static final String OSCAL = "oscal-assessment-results.json";

  private ReportAttachments() {}

  /**
   * The OSCAL binding writes an object's properties in an order that can change from one run to the
   * next; the PDF must be byte-identical for the same data, so the document is written again with
   * every object's keys sorted (the same JSON to any reader, arrays untouched).
   */
  static byte[] canonical(String json) {
    try {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);
      Object tree = mapper.readValue(json, Object.class);
      return (mapper.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the OSCAL binding wrote JSON that does not parse", e);
    }
  }

  static List<Attachment> of(Governance g, Analysis a, Provenance p, DataSnapshot data, Path dataDir) {
    String folder = dataDir.toAbsolutePath().normalize().getFileName() == null ? "data"
        : dataDir.toAbsolutePath().normalize().getFileName().toString();
    return List.of(
        new Attachment(DATA, "application/zip", Relationship.Source,
            "The governance data this report was built from (" + folder + "/, SHA-256 " + p.dataDigest() + ")",
            data.zip(folder, p.documentDate())),
        new Attachment(FACTS, "application/json", Relationship.Data,
            "What this report states, as JSON: maturity and gaps, controls and evidence freshness, risks and"
                + " heatmaps, KPIs, framework coverage, and where the data came from",
            ReportFacts.json(g, a, p)),
        new Attachment(OSCAL, "application/json", Relationship.Data,
            "The same assessment as an OSCAL " + OscalExport.OSCAL_VERSION + " assessment-results document, for GRC"
                + " tools (govern export oscal writes it with the documents it refers to)",
            canonical(OscalExport.assessmentResultsJson(g, a,
                new OscalExport.Provenance(p.documentDate(), p.commit(), p.dirty())))));
  }
}
