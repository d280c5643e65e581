package dev.govern.format;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Real validators for the test suite: networknt's JSON Schema validator (every draft the schemas use)
 * and the JDK's XML Schema validator, with the schemas shipped under {@code src/test/resources/schemas}.
 */
public final class Validators {
  public static final Path SCHEMAS = Path.of("src", "test", "resources", "schemas");

  private Validators() {}

  /** A JSON Schema from a file; its {@code $schema} picks the draft. */
  public static Schema jsonSchema(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON Schema from its text. */
  public static Schema jsonSchema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
  }

  /** Every violation of {@code json} against {@code schema}, as "path: message". */
  public static List<String> errors(Schema schema, String json) {
    return messages(schema.validate(json, InputFormat.JSON));
  }

  /** Every violation of the YAML document {@code yaml} (read as YAML 1.2, as editors do). */
  public static List<String> yamlErrors(Schema schema, String yaml) {
    return messages(schema.validate(yaml, InputFormat.YAML));
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static final Map<Path, javax.xml.validation.Schema> XSDS = new ConcurrentHashMap<>();

  private static javax.xml.validation.Schema xmlSchema(Path xsd) throws SAXException {
    javax.xml.validation.Schema cached = XSDS.get(xsd);
    if (cached == null) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      cached = factory.newSchema(xsd.toFile());
      XSDS.put(xsd, cached);
    }
    return cached;
  }

  /** The violations of {@code xml} against the XML Schema in {@code xsd}; empty when valid. */
  public static List<String> xmlErrors(Path xsd, String xml) {
    try {
      var validator = xmlSchema(xsd).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new StringReader(xml)));
      return List.of();
    } catch (SAXException e) {
      return List.of(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
