package dev.govern.render;

import dev.govern.analysis.AsOf;

/**
 * Facts about this build that pages print.
 *
 * @param pdfName the PDF's file name in the site, or null when the build makes no PDF
 * @param commit the short Git commit, or null outside Git
 * @param dirty whether the data had uncommitted changes
 * @param provenance where the data came from, for the report's cover and document control; null
 *     when not known (a preview)
 */
public record SiteInfo(AsOf asOf, String version, String commit, boolean dirty, String pdfName,
    dev.govern.provenance.Provenance provenance) {

  public SiteInfo(AsOf asOf, String version, String commit, boolean dirty, String pdfName) {
    this(asOf, version, commit, dirty, pdfName, null);
  }
}
