package dev.govern.model;

import java.util.Objects;

/** One roadmap activity. */
public record Activity(String text, ActivityStatus status) {
  public Activity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
  }
}
