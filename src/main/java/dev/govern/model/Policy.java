package dev.govern.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A policy document: metadata from its front matter and its Markdown body.
 *
 * @param version the policy's own version, as written (optional)
 * @param approvedBy who approved this version (optional)
 * @param effective the day the policy takes effect (optional: in effect as soon as it is published)
 * @param body Markdown with {@code {{ variable }}} placeholders already filled in
 * @param source the file name inside {@code data/policies/}
 * @param images the images the body shows, as written, in order of appearance
 * @param folder the folder holding the policy file, from the governance repo's root with {@code /}
 *     ({@code data/policies}), which the body's relative image paths start from; null when the
 *     policy was not read from a repository on disk
 */
public record Policy(
    String id,
    String title,
    String owner,
    Period reviewEvery,
    LocalDate lastReviewed,
    List<String> controls,
    String version,
    Approver approvedBy,
    LocalDate effective,
    String body,
    String source,
    List<Image> images,
    String folder) {
  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    controls = List.copyOf(controls);
    images = List.copyOf(images);
  }

  /**
   * An image of the body: {@code ![alt](url)}.
   *
   * @param url the URL as written, escapes removed
   * @param alt the text that stands for the image, as plain text; empty when none was written
   */
  public record Image(String url, String alt) {
    public Image {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(alt, "alt");
    }
  }

  /** False while the effective date is still ahead of {@code day}: the policy is approved but not yet binding. */
  public boolean inEffectOn(LocalDate day) {
    return effective == null || !effective.isAfter(day);
  }
}
