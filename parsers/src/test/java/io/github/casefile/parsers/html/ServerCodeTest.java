package io.github.casefile.parsers.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServerCodeTest {
  @Test
  void theWordAtATimeSearchFindsPhpWhereAPlainSearchDoes() {
    // pieces that make near misses ("<?ph", "<<?php", "?php") at every alignment
    String[] pieces = {"<", "?", "p", "h", "<?php", "<?ph", "abcdefg", "<p>", " ", "\u00e9", "x"};
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 30))
        .checkAssert(picks -> {
          StringBuilder b = new StringBuilder();
          for (int k : picks) {
            b.append(pieces[k]);
          }
          byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
          boolean expected = b.indexOf("<?php") >= 0;
          assertThat(HtmlReader.hasServerCode(ByteBuffer.wrap(bytes).asReadOnlyBuffer()))
              .as("%s", b).isEqualTo(expected);
        });
  }
}
