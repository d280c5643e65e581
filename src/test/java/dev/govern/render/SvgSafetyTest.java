package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An SVG the site publishes runs and loads nothing, even when opened by itself from the site. */
class SvgSafetyTest {
  private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\""
      + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">";

  private static byte[] svg(String body) {
    return (OPEN + body + "</svg>").getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<rect width=\"5\" height=\"5\" fill=\"#369\"/>",
      "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"5\" height=\"5\"/>",
      "<use href=\"#g\"/><use xlink:href=\"#g\"/>",
      "<style>rect { fill: url(#g); stroke: #333 }</style>",
      "<animate attributeName=\"opacity\" from=\"0\" to=\"1\" dur=\"1s\"/>",
      "<text>one &amp; two</text>"})
  void drawingsWithoutActiveContentArePublished(String body) {
    assertThat(SvgSafety.problem(svg(body))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<SCRIPT xmlns=\"http://www.w3.org/2000/svg\">alert(1)</SCRIPT>",
      "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
      "<rect onclick=\"alert(1)\"/>",
      "<rect ONMOUSEOVER=\"alert(1)\"/>",
      "<a href=\"javascript:alert(1)\"><text>x</text></a>",
      "<a xlink:href=\"https://example.com/\"><text>x</text></a>",
      "<image href=\"http://127.0.0.1/pixel.png\"/>",
      "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/>",
      "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
      "<animate attributeName=\"xlink:href\" values=\"javascript:alert(1)\"/>",
      "<style>@import url(https://example.com/a.css);</style>",
      "<style>rect { fill: url( 'https://example.com/p.svg#x' ) }</style>",
      "<rect style=\"fill: url(http://example.com/p)\"/>",
      "<iframe src=\"https://example.com\"/>"})
  void activeContentOrReferencesElsewhereAreRefused(String body) {
    assertThat(SvgSafety.problem(svg(body))).as(body).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>",
      "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"})
  void documentTypesAndBrokenXmlAreRefusedWithoutFetchingAnything(String text) {
    assertThat(SvgSafety.problem(text.getBytes(StandardCharsets.UTF_8))).isPresent();
  }
}
