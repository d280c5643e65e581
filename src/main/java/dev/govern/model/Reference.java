package dev.govern.model;

import java.util.Objects;

/** A cited source; the URL is optional. */
public record Reference(String title, String url) {
  public Reference {
    Objects.requireNonNull(title, "title");
  }
}
