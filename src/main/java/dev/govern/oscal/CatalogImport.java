package dev.govern.oscal;

import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Control;
import gov.nist.secauto.oscal.lib.model.Property;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An OSCAL catalog turned into a govern framework catalogue ({@code data/frameworks/ID.yaml}):
 * every group and every control becomes an item, in document order, with its parent as its group,
 * so coverage counts the controls (and enhancements) and groups them by top-level group.
 *
 * <p>Item ids are what people map to: a control's {@code label} property ("AC-2(1)") when the
 * catalog gives one, else its OSCAL id. Withdrawn controls are left out: mapping to one is a
 * mistake {@code govern check} should report.
 */
public final class CatalogImport {
  /** Catalogs larger than this are refused (NIST SP 800-53 rev. 5 in JSON is about 10 MB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;
  /** What a framework id may be: it becomes a file name and the key of every control's mappings. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** Why a file could not be imported; the message names the file. */
  public static final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    ImportException(String message) {
      super(message);
    }
  }

  /**
   * The catalogue file's text and what it holds.
   *
   * @param id the framework id (from {@code --id}, else derived from the catalog's title)
   * @param items how many items it has
   * @param withdrawn how many withdrawn controls were left out
   */
  public record Result(String id, String yaml, int items, int withdrawn) {}

  private CatalogImport() {}

  /**
   * Reads an OSCAL catalog in JSON or YAML.
   *
   * @param id the framework id to give it, or null to derive one from the catalog's title
   */
  public static Result read(Path file, String id) throws ImportException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file + ": not a file");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new ImportException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ImportException(file + ": not UTF-8 text");
    }
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    if (start.startsWith("<")) {
      // The XML reader's handling of DTDs and external entities has not been vetted for untrusted
      // input; NIST publishes every catalog in JSON and YAML as well.
      throw new ImportException(file + ": an XML catalog; give the JSON or YAML edition of the catalog");
    }
    Format format = start.startsWith("{") ? Format.JSON : Format.YAML;
    Catalog catalog;
    try {
      catalog = OscalBindingContext.instance().newDeserializer(format, Catalog.class)
          .deserialize(new StringReader(text), file.toAbsolutePath().toUri());
    } catch (IOException | RuntimeException e) {
      throw new ImportException(file + ": not an OSCAL catalog in " + format.name() + ": " + firstLine(e));
    }
    if (catalog == null || catalog.getMetadata() == null || catalog.getMetadata().getTitle() == null) {
      throw new ImportException(file + ": not an OSCAL catalog (no catalog with metadata and a title)");
    }
    String title = plain(catalog.getMetadata().getTitle());
    String frameworkId = id != null ? id : slug(title);
    if (!ID.matcher(frameworkId).matches()) {
      throw new ImportException("cannot use '" + frameworkId + "' as a framework id: give --id with lower-case"
          + " letters, digits, '.', '-' or '_'");
    }
    List<Map<String, Object>> items = new ArrayList<>();
    int[] withdrawn = {0};
    Set<String> used = new HashSet<>();
    for (CatalogGroup group : list(catalog.getGroups())) {
      group(group, null, items, used, withdrawn);
    }
    for (Control control : list(catalog.getControls())) {
      control(control, null, items, used, withdrawn);
    }
    if (items.isEmpty()) {
      throw new ImportException(file + ": the catalog has no groups or controls to map to");
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", frameworkId);
    doc.put("name", title);
    if (catalog.getMetadata().getVersion() != null) {
      doc.put("version", catalog.getMetadata().getVersion());
    }
    list(catalog.getMetadata().getLinks()).stream()
        .filter(l -> l.getHref() != null && l.getHref().toString().matches("(?i)https?://\\S+"))
        .findFirst().ifPresent(l -> doc.put("url", l.getHref().toString()));
    doc.put("items", items);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(Integer.MAX_VALUE);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setAllowUnicode(true);
    String header = "# Imported with `govern import oscal-catalog` from the OSCAL catalog \""
        + title.replaceAll("[\\r\\n]+", " ") + "\"" + (catalog.getUuid() == null ? "" : " (" + catalog.getUuid() + ")")
        + ".\n# Items: every group and control, each under its parent; ids are the controls' labels.\n";
    return new Result(frameworkId, header + new Yaml(options).dump(doc), items.size(), withdrawn[0]);
  }

  private static void group(CatalogGroup group, String parent, List<Map<String, Object>> items, Set<String> used,
      int[] withdrawn) {
    String id = itemId(group.getId(), label(group.getProps()), used);
    items.add(item(id, group.getTitle(), parent));
    for (CatalogGroup child : list(group.getGroups())) {
      group(child, id, items, used, withdrawn);
    }
    for (Control control : list(group.getControls())) {
      control(control, id, items, used, withdrawn);
    }
  }

  private static void control(Control control, String parent, List<Map<String, Object>> items, Set<String> used,
      int[] withdrawn) {
    boolean isWithdrawn = list(control.getProps()).stream()
        .anyMatch(p -> "status".equals(p.getName()) && "withdrawn".equalsIgnoreCase(p.getValue()));
    if (isWithdrawn) {
      withdrawn[0]++;
      return;
    }
    String id = itemId(control.getId(), label(control.getProps()), used);
    items.add(item(id, control.getTitle(), parent));
    for (Control child : list(control.getControls())) {
      control(child, id, items, used, withdrawn);
    }
  }

  private static Map<String, Object> item(String id, MarkupLine title, String group) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    if (group != null) {
      item.put("group", group);
    }
    String text = title == null ? "" : plain(title);
    item.put("title", text.isBlank() ? id : text);
    return item;
  }

  /** The label when there is one and it is not taken, else the OSCAL id (made unique if need be). */
  private static String itemId(String oscalId, String label, Set<String> used) {
    if (label != null && used.add(label)) {
      return label;
    }
    String id = oscalId == null ? "item" : oscalId;
    String unique = id;
    for (int n = 2; !used.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  /** The first {@code label} property in OSCAL's own namespace without a class (NIST's display label). */
  private static String label(List<Property> props) {
    for (Property p : list(props)) {
      if ("label".equals(p.getName()) && p.getNs() == null && p.getClazz() == null && p.getValue() != null
          && !p.getValue().isBlank()) {
        return p.getValue().strip();
      }
    }
    for (Property p : list(props)) {
      if ("label".equals(p.getName()) && p.getValue() != null && !p.getValue().isBlank()) {
        return p.getValue().strip();
      }
    }
    return null;
  }

  private static String plain(MarkupLine line) {
    return Text.plain(line);
  }

  /** "NIST SP 800-53 Rev 5" → "nist-sp-800-53-rev-5". */
  static String slug(String title) {
    String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.length() > 64 ? s.substring(0, 64).replaceAll("-+$", "") : s;
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = m.lines().findFirst().orElse(m).strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
