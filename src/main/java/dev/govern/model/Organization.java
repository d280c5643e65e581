package dev.govern.model;

import java.util.Objects;

/** Whose governance this is. */
public record Organization(String name, String scope) {
  /**
   * The name {@code govern init} writes for the user to replace; {@code check} warns while it is
   * still there, because it would be printed on every page of the site and the PDF.
   */
  public static final String PLACEHOLDER = "Your Organization";

  public Organization {
    Objects.requireNonNull(name, "name");
  }
}
