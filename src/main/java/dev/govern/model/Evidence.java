package dev.govern.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An evidence item of a control.
 *
 * @param date the date the evidence speaks for; null when not yet collected
 * @param location a URL or a repo-relative path; may be null
 * @param source {@value #SCAN} when the evidence is govern scan's measurements, whose date it then
 *     takes; null for evidence collected by hand
 */
public record Evidence(String name, LocalDate date, String location, String source) {
  public static final String SCAN = "scan";

  public Evidence {
    Objects.requireNonNull(name, "name");
  }

  public Evidence(String name, LocalDate date, String location) {
    this(name, date, location, null);
  }

  public boolean fromScan() {
    return SCAN.equals(source);
  }
}
