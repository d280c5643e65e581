package dev.govern.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {
  private static final Set<String> SHIPPED = Set.copyOf(Language.SHIPPED);

  @Test
  void aTagIsWrittenInItsCanonicalCase() throws Language.Unusable {
    assertThat(Language.resolve("ZH-tw", SHIPPED)).isEqualTo(new Language("zh-TW", "zh-TW"));
  }

  @Test
  void aRegionalTagKeepsItsRegionAndUsesTheLanguagesBundle() throws Language.Unusable {
    assertThat(Language.resolve("de-CH", SHIPPED)).isEqualTo(new Language("de-CH", "de"));
    assertThat(Language.resolve("fr-CA", SHIPPED)).isEqualTo(new Language("fr-CA", "fr"));
  }

  @Test
  void everyTraditionalChineseTagUsesTheTraditionalChineseBundle() throws Language.Unusable {
    assertThat(Language.resolve("zh-Hant", SHIPPED).bundle()).isEqualTo("zh-TW");
    assertThat(Language.resolve("zh-Hant-TW", SHIPPED).bundle()).isEqualTo("zh-TW");
    assertThat(Language.resolve("zh-HK", SHIPPED).bundle()).isEqualTo("zh-TW");
  }

  @Test
  void simplifiedOrUnspecifiedChineseIsNotServedByTheTraditionalBundle() {
    assertThatThrownBy(() -> Language.resolve("zh-CN", SHIPPED)).hasMessageContaining("no messages for 'zh-CN'");
    assertThatThrownBy(() -> Language.resolve("zh", SHIPPED)).hasMessageContaining("does not say which Chinese");
  }

  @Test
  void anUnderscoreIsRefusedWithTheHyphenatedTag() {
    assertThatThrownBy(() -> Language.parse("en_US")).hasMessageContaining("not a BCP 47 language tag")
        .hasMessageContaining("en-US");
  }

  @Test
  void aWordOrAnUnknownCodeIsRefused() {
    assertThatThrownBy(() -> Language.parse("english")).hasMessageContaining("not a BCP 47 language tag");
    assertThatThrownBy(() -> Language.parse("xx")).hasMessageContaining("not a language code of ISO 639");
  }

  @Test
  void aLanguageWithoutABundleNamesTheFileThatWouldAddIt() {
    assertThatThrownBy(() -> Language.resolve("ja", SHIPPED))
        .hasMessageContaining("govern ships en, de, fr, zh-TW").hasMessageContaining("templates/messages_ja.properties");
  }

  @Test
  void aRepositorysOwnBundleServesItsLanguage() throws Language.Unusable {
    assertThat(Language.resolve("ja-JP", Set.of("en", "ja"))).isEqualTo(new Language("ja-JP", "ja"));
  }
}
