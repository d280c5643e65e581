package dev.govern.render;

import dev.govern.analysis.AsOf;
import dev.govern.i18n.Messages;

/**
 * Facts about this build that pages print.
 *
 * @param pdfName the PDF's file name in the site, or null when the build makes no PDF
 * @param commit the short Git commit, or null outside Git
 * @param dirty whether the data had uncommitted changes
 * @param provenance where the data came from, for the report's cover and document control; null
 *     when not known (a preview)
 * @param messages the words and formats of the output's language
 */
public record SiteInfo(AsOf asOf, String version, String commit, boolean dirty, String pdfName,
    dev.govern.provenance.Provenance provenance, Messages messages) {

  public SiteInfo {
    java.util.Objects.requireNonNull(messages, "messages");
  }

  /** A build in English. */
  public SiteInfo(AsOf asOf, String version, String commit, boolean dirty, String pdfName,
      dev.govern.provenance.Provenance provenance) {
    this(asOf, version, commit, dirty, pdfName, provenance, Messages.english());
  }

  /** A build in English, without provenance. */
  public SiteInfo(AsOf asOf, String version, String commit, boolean dirty, String pdfName) {
    this(asOf, version, commit, dirty, pdfName, null);
  }
}
