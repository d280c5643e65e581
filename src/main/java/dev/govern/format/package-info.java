/**
 * Output formats: each class turns one result value (the problems of a check, a diff, a maturity
 * assessment, the regression gate) into text, JSON, Markdown, SARIF, GitHub workflow commands,
 * GitLab code quality or JUnit XML.
 *
 * <p>Formats read no files, print nothing and pick no exit code: commands do that. Every value that
 * comes from the data passes through one escaping per format ({@link dev.govern.problem.Visible} for text and logs,
 * {@link Json}, {@link MarkdownText}, XML escaping in {@link CheckJunit}), so a hostile file name or
 * value can neither forge a line nor come alive in a rendered comment.
 */
package dev.govern.format;
