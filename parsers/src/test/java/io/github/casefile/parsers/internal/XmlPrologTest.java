package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlPrologTest {
  @Test
  void findsTheRootBehindDeclarationCommentsAndDoctype() {
    String head = "\uFEFF<?xml version=\"1.0\" encoding=\"EUC-KR\"?>\n<!-- c -->\n"
        + "<?xml-stylesheet href=\"s.xsl\"?><!DOCTYPE rss [<!ENTITY a \"<b>\">]>\n<rss>";
    assertThat(XmlProlog.rootName(head)).contains("rss");
    assertThat(XmlProlog.encoding(head.substring(1))).contains("EUC-KR");
    assertThat(XmlProlog.declaresEntities(head)).isTrue();
  }

  @Test
  void findsNoRootInText() {
    assertThat(XmlProlog.rootName("Headline\n<rss>")).isEmpty();
    assertThat(XmlProlog.rootName("<!-- never closed")).isEmpty();
    assertThat(XmlProlog.declaresEntities("<rss/>")).isFalse();
  }
}
