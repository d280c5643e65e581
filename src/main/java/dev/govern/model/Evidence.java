package dev.govern.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An evidence item of a control.
 *
 * @param date the date the evidence speaks for; null when not yet collected
 * @param location a URL or a repo-relative path; may be null
 */
public record Evidence(String name, LocalDate date, String location) {
  public Evidence {
    Objects.requireNonNull(name, "name");
  }
}
