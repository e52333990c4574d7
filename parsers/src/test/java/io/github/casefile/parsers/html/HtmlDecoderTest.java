package io.github.casefile.parsers.html;

import static io.github.casefile.parsers.html.Pages.P1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.spi.SourceInput;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
  private static final String KOREAN = "탈북자 여덟 명이 지난달 단둥에서 체포되었다고 현지 소식통이 전했다. "
      + "이들은 몇 주 동안 은신처에 숨어 있었다고 한다. 인권 단체들은 중국에 난민 협약을 준수하라고 촉구했다.";

  private static HtmlDecoder.Decoded decode(byte[] bytes) {
    return HtmlDecoder.decode(SourceInput.of(bytes, SourceHint.named("p.html"), Limits.defaults()));
  }

  private static String page(String head, String text) {
    return "<html><head>" + head + "</head><body><p>" + text + "</p></body></html>";
  }

  @Test
  void detectsUndeclaredEucKr() {
    byte[] bytes = page("", KOREAN + " " + KOREAN).getBytes(Charset.forName("EUC-KR"));
    HtmlDecoder.Decoded d = decode(bytes);
    assertThat(d.charset().name()).isEqualTo("EUC-KR");
    assertThat(d.text()).contains(KOREAN);
  }

  @Test
  void overridesADeclaredLatin1WhenTheBytesAreUtf8() {
    String text = "Kim Jong-un’s “crackdown” — 탈북자";
    byte[] bytes = page("<meta charset=\"ISO-8859-1\">", text).getBytes(StandardCharsets.UTF_8);
    HtmlDecoder.Decoded d = decode(bytes);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).contains(text);
    assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("ISO-8859-1"));
  }

  @Test
  void overridesADeclaredUtf8WhenTheBytesAreNot() {
    String text = "café crème, naïve résumé";
    byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
        text).getBytes(Charset.forName("windows-1252"));
    HtmlDecoder.Decoded d = decode(bytes);
    assertThat(d.text()).contains(text).doesNotContain("\uFFFD");
    assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("UTF-8"));
  }

  @Test
  void honoursAByteOrderMark() {
    byte[] body = page("<meta charset=\"windows-1252\">", "über").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(decode(bytes).text()).contains("über").doesNotStartWith("\uFEFF");
  }

  @Test
  void recognisesUtf16WithoutAByteOrderMark() {
    String html = page("", KOREAN);
    assertThat(decode(html.getBytes(StandardCharsets.UTF_16LE)).text()).contains(KOREAN);
    assertThat(decode(html.getBytes(StandardCharsets.UTF_16BE)).text()).contains(KOREAN);
  }

  @Test
  void findsTheDeclarationInTheFirstBytes() {
    assertThat(HtmlDecoder.declaredCharset(
        "<html><head><meta charset='EUC-KR'>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("euc-kr");
    assertThat(HtmlDecoder.declaredCharset(("<meta http-equiv=\"content-type\" "
        + "content=\"text/html;charset=windows-1251\">").getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("windows-1251");
    assertThat(HtmlDecoder.declaredCharset("<p>no meta</p>".getBytes(StandardCharsets.US_ASCII)))
        .isNull();
  }

  @Test
  void parsesAnEucKrPageIntoAnArticle() {
    byte[] bytes = page("", KOREAN).getBytes(Charset.forName("EUC-KR"));
    Article a = Pages.parse(bytes, "korean.html");
    assertThat(a.paragraphs()).containsExactly(KOREAN);
    String mixed = page("<meta charset=\"utf-8\">", P1);
    assertThat(Pages.parse(mixed.getBytes(StandardCharsets.UTF_8), "x.html").paragraphs())
        .containsExactly(P1);
  }

  @Test
  void tellsWhichPagesJsoupMayReadAsUtf8BytesWithoutDecodingThemFirst() {
    byte[] utf8 = page("<meta charset=\"utf-8\">", KOREAN).getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoder.isPlainUtf8(input(utf8, SourceHint.named("p.html"), Limits.defaults())))
        .isTrue();
    byte[] undeclared = page("", "caf\u00e9 \uD83D\uDE00").getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoder.isPlainUtf8(input(undeclared, SourceHint.named("p.html"),
        Limits.defaults()))).isTrue();
    // What decode() reads otherwise, or warns about, is not plain.
    byte[] latin = page("<meta charset=\"windows-1252\">", "caf\u00e9")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoder.isPlainUtf8(input(latin, SourceHint.named("p.html"),
        Limits.defaults()))).isFalse();
    byte[] bom = ("\uFEFF" + page("", "x")).getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoder.isPlainUtf8(input(bom, SourceHint.named("p.html"), Limits.defaults())))
        .isFalse();
    byte[] broken = page("", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlDecoder.isPlainUtf8(input(broken, SourceHint.named("p.html"),
        Limits.defaults()))).isFalse();
    assertThat(HtmlDecoder.isPlainUtf8(input(undeclared,
        SourceHint.builder().uri("p.html").charset("ISO-8859-1").build(), Limits.defaults())))
        .isFalse();
    // Over the character limit the decoder's LimitExceededException must still be raised.
    assertThat(HtmlDecoder.isPlainUtf8(input(undeclared, SourceHint.named("p.html"),
        Limits.builder().maxChars(10).build()))).isFalse();
  }

  @Test
  void readsALargeUtf8PageFromItsBytesAsFromItsDecodedText() {
    StringBuilder body = new StringBuilder();
    while (body.length() < 3 * SourceInput.HEAD_BYTES) {
      body.append("<p>").append(KOREAN).append(" caf\u00e9 \uD83D\uDE00 ").append(P1).append("</p>");
    }
    String html = "<html><head><title>T</title></head><body><article>" + body
        + "</article></body></html>";
    // Over the head's size and plain UTF-8: jsoup reads the bytes. The same page with a PHP
    // block, which is dropped from the decoded text, goes through the String.
    Article fromBytes = Pages.parse(html.getBytes(StandardCharsets.UTF_8), "p.html");
    Article fromText = Pages.parse((html + "<?php echo 1; ?>").getBytes(StandardCharsets.UTF_8),
        "p.html");
    assertThat(HtmlDecoder.isPlainUtf8(input(html.getBytes(StandardCharsets.UTF_8),
        SourceHint.named("p.html"), Limits.defaults()))).isTrue();
    assertThat(fromBytes.paragraphs()).isEqualTo(fromText.paragraphs()).isNotEmpty();
    assertThat(fromBytes.paragraphs().get(0)).contains(KOREAN, "caf\u00e9 \uD83D\uDE00");
    assertThat(fromBytes.warnings()).isEqualTo(fromText.warnings());
  }

  private static SourceInput input(byte[] bytes, SourceHint hint, Limits limits) {
    return SourceInput.of(bytes, hint, limits);
  }
}
