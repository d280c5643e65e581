package dev.govern.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A policy document: metadata from its front matter and its Markdown body.
 *
 * @param body Markdown with {@code {{ variable }}} placeholders already filled in
 * @param source the file name inside {@code data/policies/}
 */
public record Policy(
    String id,
    String title,
    String owner,
    Period reviewEvery,
    LocalDate lastReviewed,
    List<String> controls,
    String body,
    String source) {
  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    controls = List.copyOf(controls);
  }
}
