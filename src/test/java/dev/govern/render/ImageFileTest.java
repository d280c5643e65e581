package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An image's kind from its bytes, and its picture size from its header, before anything decodes it. */
class ImageFileTest {

  private static byte[] encode(String format, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "gif"})
  void theSizeOfARealImageIsReadFromItsHeader(String format) throws Exception {
    ImageFile.Kind kind = ImageFile.Kind.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    byte[] bytes = encode(format, 37, 23);

    assertThat(ImageFile.is(kind, bytes)).isTrue();
    assertThat(ImageFile.pixels(kind, bytes)).contains(37L * 23);
  }

  @Test
  void aJpegHeaderPromisingAHugePictureIsMeasuredWithoutDecoding() throws Exception {
    byte[] bytes = encode("jpeg", 8, 8);
    // Rewrite the frame header's height and width (SOF0: FF C0, length, precision, height, width).
    for (int i = 2; i + 9 < bytes.length; i++) {
      if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xc0) {
        ByteBuffer.wrap(bytes).putShort(i + 5, (short) 60_000).putShort(i + 7, (short) 60_000);
        break;
      }
    }
    assertThat(ImageFile.pixels(ImageFile.Kind.JPEG, bytes)).contains(60_000L * 60_000);
  }

  @Test
  void theCanvasOfAnExtendedWebpIsItsSize() {
    ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
        .put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0).put(new byte[3]);
    b.put((byte) 0x7f).put((byte) 0x3e).put((byte) 0); // width - 1 = 15,999
    b.put((byte) 0x7f).put((byte) 0x3e).put((byte) 0); // height - 1 = 15,999
    byte[] bytes = b.array();

    assertThat(ImageFile.is(ImageFile.Kind.WEBP, bytes)).isTrue();
    assertThat(ImageFile.pixels(ImageFile.Kind.WEBP, bytes)).contains(16_000L * 16_000);
  }

  @Test
  void aTruncatedHeaderHasNoSize() throws Exception {
    byte[] png = encode("png", 4, 4);

    assertThat(ImageFile.pixels(ImageFile.Kind.PNG, java.util.Arrays.copyOf(png, 20))).isEmpty();
    assertThat(ImageFile.pixels(ImageFile.Kind.JPEG, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})).isEmpty();
  }

  @Test
  void theKindIsJudgedByTheBytesNotTheName() throws Exception {
    byte[] gif = encode("gif", 2, 2);

    assertThat(ImageFile.is(ImageFile.Kind.PNG, gif)).isFalse();
    assertThat(ImageFile.is(ImageFile.Kind.SVG, "<html><body>no picture</body></html>".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(ImageFile.Kind.ofName("docs/Flow.JPEG")).contains(ImageFile.Kind.JPEG);
    assertThat(ImageFile.Kind.ofName("flow.png.html")).isEmpty();
  }
}
