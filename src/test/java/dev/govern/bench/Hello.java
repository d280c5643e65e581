package dev.govern.bench;

/** The benchmark's floor: a trivial Java program, to measure the JVM's start-up alone. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
